<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConfusionMatrixView</name>
        <message>
            <source>Confusion matrix (click a cell)</source>
            <translation>Confusion matrix (click a cell)</translation>
        </message>
        <message>
            <source>true digit</source>
            <translation>true digit</translation>
        </message>
        <message>
            <source>predicted digit</source>
            <translation>predicted digit</translation>
        </message>
    </context>
    <context>
        <name>DigitStrip</name>
        <message>
            <source>Fixed MNIST test digits and the network's reading of each now: green right, red wrong. Click one to watch it as the probe digit.</source>
            <translation>Fixed MNIST test digits and the network's reading of each now: green right, red wrong. Click one to watch it as the probe digit.</translation>
        </message>
    </context>
    <context>
        <name>ImageStrip</name>
        <message>
            <source>Click a cell of the matrix to see its test images.</source>
            <translation>Click a cell of the matrix to see its test images.</translation>
        </message>
    </context>
    <context>
        <name>LiveNetworkView</name>
        <message>
            <source>Press Start: the network's filters, maps and readings appear here as it learns.</source>
            <translation>Press Start: the network's filters, maps and readings appear here as it learns.</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>filter</translation>
        </message>
        <message>
            <source>The first conv layer's kernels now: blue negative, red positive weights</source>
            <translation>The first conv layer's kernels now: blue negative, red positive weights</translation>
        </message>
        <message>
            <source>mean |Δw|</source>
            <translation>mean |Δw|</translation>
        </message>
        <message>
            <source>How much each layer's weights moved since the last update: where learning happens now</source>
            <translation>How much each layer's weights moved since the last update: where learning happens now</translation>
        </message>
        <message>
            <source>The probe digit's feature maps in the chosen layer</source>
            <translation>The probe digit's feature maps in the chosen layer</translation>
        </message>
        <message>
            <source>The digit whose maps and probabilities are shown: your drawing (draw one to watch it), or one of the test digits below (or click one). Taken from the next snapshot on.</source>
            <translation>The digit whose maps and probabilities are shown: your drawing (draw one to watch it), or one of the test digits below (or click one). Taken from the next snapshot on.</translation>
        </message>
        <message>
            <source>test digit {0}</source>
            <translation>test digit {0}</translation>
        </message>
        <message>
            <source>The layer whose feature maps are shown (every snapshot keeps them all)</source>
            <translation>The layer whose feature maps are shown (every snapshot keeps them all)</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>probability</translation>
        </message>
        <message>
            <source>The probe digit's ten probabilities</source>
            <translation>The probe digit's ten probabilities</translation>
        </message>
        <message>
            <source>After training: scrub back through the snapshots (the curves mark the moment)</source>
            <translation>After training: scrub back through the snapshots (the curves mark the moment)</translation>
        </message>
        <message>
            <source>First-layer filters</source>
            <translation>First-layer filters</translation>
        </message>
        <message>
            <source>Weight change per layer</source>
            <translation>Weight change per layer</translation>
        </message>
        <message>
            <source>Its probabilities</source>
            <translation>Its probabilities</translation>
        </message>
        <message>
            <source>Probe</source>
            <translation>Probe</translation>
        </message>
        <message>
            <source>maps of</source>
            <translation>maps of</translation>
        </message>
        <message>
            <source>20 test digits, as read now</source>
            <translation>20 test digits, as read now</translation>
        </message>
        <message>
            <source>your drawing</source>
            <translation>your drawing</translation>
        </message>
        <message>
            <source>Your drawing</source>
            <translation>Your drawing</translation>
        </message>
        <message>
            <source>Test digit {0}</source>
            <translation>Test digit {0}</translation>
        </message>
        <message>
            <source>Test digit {0} (a {1})</source>
            <translation>Test digit {0} (a {1})</translation>
        </message>
        <message>
            <source>The replay shows the probe watched during the run; this one is watched in the next run.</source>
            <translation>The replay shows the probe watched during the run; this one is watched in the next run.</translation>
        </message>
        <message>
            <source>Training: the newest snapshot of the network, a few times a second.</source>
            <translation>Training: the newest snapshot of the network, a few times a second.</translation>
        </message>
        <message>
            <source>Replay: {0} snapshots kept; drag the slider to go back in time.</source>
            <translation>Replay: {0} snapshots kept; drag the slider to go back in time.</translation>
        </message>
        <message>
            <source>How much each layer's weights moved since the last update (where learning happens now): {0}</source>
            <translation>How much each layer's weights moved since the last update (where learning happens now): {0}</translation>
        </message>
        <message>
            <source>After {0} batches (epoch {1}): {3} of {4} test digits read right</source>
            <translation>After {0} batches (epoch {1}): {3} of {4} test digits read right</translation>
        </message>
        <message>
            <source>After {0} batches (epoch {1}, batch loss {2}): {3} of {4} test digits read right</source>
            <translation>After {0} batches (epoch {1}, batch loss {2}): {3} of {4} test digits read right</translation>
        </message>
        <message>
            <source>{0} in {1}: {2} maps of {3}x{4}</source>
            <translation>{0} in {1}: {2} maps of {3}x{4}</translation>
        </message>
        <message>
            <source>This network has no layer with feature maps</source>
            <translation>This network has no layer with feature maps</translation>
        </message>
    </context>
    <context>
        <name>RunResults</name>
        <message>
            <source>Test accuracy {0} on {1} MNIST test images</source>
            <translation>Test accuracy {0} on {1} MNIST test images</translation>
        </message>
        <message>
            <source>Also trained on {0} of your samples ({1} images with their variations), besides {2} MNIST images</source>
            <translation>Also trained on {0} of your samples ({1} images with their variations), besides {2} MNIST images</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Warning: {0}</translation>
        </message>
        <message>
            <source>Save model...</source>
            <translation>Save model...</translation>
        </message>
        <message>
            <source>Save the trained model and its model card (.keras + .card.json)</source>
            <translation>Save the trained model and its model card (.keras + .card.json)</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Use this model</translation>
        </message>
        <message>
            <source>Make the trained model the one the canvas and inspector use</source>
            <translation>Make the trained model the one the canvas and inspector use</translation>
        </message>
        <message>
            <source>Curves as PNG...</source>
            <translation>Curves as PNG...</translation>
        </message>
        <message>
            <source>Save both plots as one PNG image</source>
            <translation>Save both plots as one PNG image</translation>
        </message>
        <message>
            <source>History as CSV...</source>
            <translation>History as CSV...</translation>
        </message>
        <message>
            <source>Save the per-epoch loss and accuracy (Keras CSVLogger)</source>
            <translation>Save the per-epoch loss and accuracy (Keras CSVLogger)</translation>
        </message>
        <message>
            <source>Save curves as PNG</source>
            <translation>Save curves as PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Save history as CSV</source>
            <translation>Save history as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <source>Save trained model</source>
            <translation>Save trained model</translation>
        </message>
        <message>
            <source>Keras models (*.keras)</source>
            <translation>Keras models (*.keras)</translation>
        </message>
        <message>
            <source>Could not save the model</source>
            <translation>Could not save the model</translation>
        </message>
        <message>
            <source>{0}

The trained model is still here: save it somewhere else.</source>
            <translation>{0}

The trained model is still here: save it somewhere else.</translation>
        </message>
    </context>
    <context>
        <name>TrainArea</name>
        <message>
            <source>Curves</source>
            <translation>Curves</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Confusion matrix</translation>
        </message>
        <message>
            <source>Test-set results by true and predicted digit, after training</source>
            <translation>Test-set results by true and predicted digit, after training</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Epoch {0}/{1} · {2} images/s · ETA {3} · %p%</source>
            <translation>Epoch {0}/{1} · {2} images/s · ETA {3} · %p%</translation>
        </message>
        <message>
            <source>Training...</source>
            <translation>Training...</translation>
        </message>
        <message>
            <source>Loading data, rendering your samples and building the model...</source>
            <translation>Loading data, rendering your samples and building the model...</translation>
        </message>
        <message>
            <source>Loading data and building the model...</source>
            <translation>Loading data and building the model...</translation>
        </message>
        <message>
            <source>Stopping after the current batch...</source>
            <translation>Stopping after the current batch...</translation>
        </message>
        <message>
            <source>Training finished after {0} full epoch(s), {1}</source>
            <translation>Training finished after {0} full epoch(s), {1}</translation>
        </message>
        <message>
            <source>Training stopped by you after {0} full epoch(s), {1}</source>
            <translation>Training stopped by you after {0} full epoch(s), {1}</translation>
        </message>
        <message>
            <source>Training stopped: the loss became NaN after {0} full epoch(s), {1}</source>
            <translation>Training stopped: the loss became NaN after {0} full epoch(s), {1}</translation>
        </message>
        <message>
            <source>Training stopped early (no validation improvement) after {0} full epoch(s), {1}</source>
            <translation>Training stopped early (no validation improvement) after {0} full epoch(s), {1}</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Training stopped</translation>
        </message>
        <message>
            <source>The loss became NaN (not a number), so training stopped. Try a smaller learning rate.</source>
            <translation>The loss became NaN (not a number), so training stopped. Try a smaller learning rate.</translation>
        </message>
        <message>
            <source>after {0} batches</source>
            <translation>after {0} batches</translation>
        </message>
        <message>
            <source>, batch loss {0}</source>
            <translation>, batch loss {0}</translation>
        </message>
        <message>
            <source>Check the data</source>
            <translation>Check the data</translation>
        </message>
        <message>
            <source>Training could not run</source>
            <translation>Training could not run</translation>
        </message>
        <message>
            <source>{0} test images of {1} read correctly</source>
            <translation>{0} test images of {1} read correctly</translation>
        </message>
        <message>
            <source>{0} test images of {1} misread as {2}</source>
            <translation>{0} test images of {1} misread as {2}</translation>
        </message>
        <message>
            <source> (first {0} shown)</source>
            <translation> (first {0} shown)</translation>
        </message>
    </context>
    <context>
        <name>TrainConfig</name>
        <message>
            <source>network: {0}</source>
            <translation>network: {0}</translation>
        </message>
        <message>
            <source>unknown architecture '{0}' (choose {1})</source>
            <translation>unknown architecture '{0}' (choose {1})</translation>
        </message>
        <message>
            <source>epochs must be a whole number &gt;= 1 (got {0})</source>
            <translation>epochs must be a whole number &gt;= 1 (got {0})</translation>
        </message>
        <message>
            <source>batch size must be a whole number &gt;= 1 (got {0})</source>
            <translation>batch size must be a whole number &gt;= 1 (got {0})</translation>
        </message>
        <message>
            <source>learning rate must be a number &gt; 0 (got {0})</source>
            <translation>learning rate must be a number &gt; 0 (got {0})</translation>
        </message>
        <message>
            <source>optimizer must be one of {0} (got '{1}')</source>
            <translation>optimizer must be one of {0} (got '{1}')</translation>
        </message>
        <message>
            <source>learning-rate schedule must be one of {0} (got '{1}')</source>
            <translation>learning-rate schedule must be one of {0} (got '{1}')</translation>
        </message>
        <message>
            <source>validation split must be &gt;= 0 and &lt; 1 (got {0})</source>
            <translation>validation split must be &gt;= 0 and &lt; 1 (got {0})</translation>
        </message>
        <message>
            <source>early-stopping patience must be a whole number &gt;= 0 (got {0})</source>
            <translation>early-stopping patience must be a whole number &gt;= 0 (got {0})</translation>
        </message>
        <message>
            <source>early stopping watches the validation loss: set a validation split above 0</source>
            <translation>early stopping watches the validation loss: set a validation split above 0</translation>
        </message>
        <message>
            <source>training subset must be a whole number &gt;= 1 (got {0})</source>
            <translation>training subset must be a whole number &gt;= 1 (got {0})</translation>
        </message>
        <message>
            <source>training subset {0} is larger than the {1} training images</source>
            <translation>training subset {0} is larger than the {1} training images</translation>
        </message>
        <message>
            <source>TensorBoard logging needs the tensorboard package (pip install tensorboard)</source>
            <translation>TensorBoard logging needs the tensorboard package (pip install tensorboard)</translation>
        </message>
        <message>
            <source>no training images are left after the validation split</source>
            <translation>no training images are left after the validation split</translation>
        </message>
    </context>
    <context>
        <name>TrainForm</name>
        <message>
            <source>constant</source>
            <extracomment>the learning-rate schedules as the picker shows them (the setting keeps the English name)</extracomment>
            <translation>constant</translation>
        </message>
        <message>
            <source>cosine</source>
            <translation>cosine</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Step size of the optimizer, e.g. 0.001</source>
            <translation>Step size of the optimizer, e.g. 0.001</translation>
        </message>
        <message>
            <source>adam, sgd (momentum 0.9) or rmsprop</source>
            <translation>adam, sgd (momentum 0.9) or rmsprop</translation>
        </message>
        <message>
            <source>constant: the same learning rate throughout; cosine: it falls smoothly to 2 % of the rate by the end of the last epoch</source>
            <translation>constant: the same learning rate throughout; cosine: it falls smoothly to 2 % of the rate by the end of the last epoch</translation>
        </message>
        <message>
            <source>Share of the training images held out to measure validation loss/accuracy (0: none, all train; early stopping needs some)</source>
            <translation>Share of the training images held out to measure validation loss/accuracy (0: none, all train; early stopping needs some)</translation>
        </message>
        <message>
            <source>rotate, scale, shift, thicken</source>
            <translation>rotate, scale, shift, thicken</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Stop when validation loss has not improved for this many epochs</source>
            <translation>Stop when validation loss has not improved for this many epochs</translation>
        </message>
        <message>
            <source>all {0}</source>
            <translation>all {0}</translation>
        </message>
        <message>
            <source>Train on only this many images, for a quick demo</source>
            <translation>Train on only this many images, for a quick demo</translation>
        </message>
        <message>
            <source>Your own drawings from the My samples area, each with {0} stroke variations, added to the training images; never to validation or test. Drawings marked 'not a digit' are left out.</source>
            <translation>Your own drawings from the My samples area, each with {0} stroke variations, added to the training images; never to validation or test. Drawings marked 'not a digit' are left out.</translation>
        </message>
        <message>
            <source>write a TensorBoard log</source>
            <translation>write a TensorBoard log</translation>
        </message>
        <message>
            <source>Log to a folder you can open with: tensorboard --logdir FOLDER</source>
            <translation>Log to a folder you can open with: tensorboard --logdir FOLDER</translation>
        </message>
        <message>
            <source>Needs the tensorboard package: pip install tensorboard</source>
            <translation>Needs the tensorboard package: pip install tensorboard</translation>
        </message>
        <message>
            <source>watch the network learn</source>
            <translation>watch the network learn</translation>
        </message>
        <message>
            <source>Show the first layer's filters, a probe digit's maps and 20 test digits' readings changing as the network learns, and replay them afterwards</source>
            <translation>Show the first layer's filters, a probe digit's maps and 20 test digits' readings changing as the network learns, and replay them afterwards</translation>
        </message>
        <message>
            <source>Choose data...</source>
            <translation>Choose data...</translation>
        </message>
        <message>
            <source>A Keras-format mnist.npz (a folder of IDX files: choose any file in it)</source>
            <translation>A Keras-format mnist.npz (a folder of IDX files: choose any file in it)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start training in the background (Ctrl+Return)</source>
            <translation>Start training in the background (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop after the current batch, keeping what was trained</source>
            <translation>Stop after the current batch, keeping what was trained</translation>
        </message>
        <message>
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>Validation split</translation>
        </message>
        <message>
            <source>Augmentation</source>
            <translation>Augmentation</translation>
        </message>
        <message>
            <source>Early stopping</source>
            <translation>Early stopping</translation>
        </message>
        <message>
            <source>Training subset</source>
            <translation>Training subset</translation>
        </message>
        <message>
            <source>My samples</source>
            <translation>My samples</translation>
        </message>
        <message>
            <source>TensorBoard</source>
            <translation>TensorBoard</translation>
        </message>
        <message>
            <source>Live view</source>
            <translation>Live view</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>MNIST from the user cache, or downloaded once</source>
            <translation>MNIST from the user cache, or downloaded once</translation>
        </message>
        <message>
            <source>Add my samples ({0})</source>
            <translation>Add my samples ({0})</translation>
        </message>
        <message>
            <source>Choose MNIST</source>
            <translation>Choose MNIST</translation>
        </message>
        <message>
            <source>MNIST (*.npz *ubyte *.gz);;All files (*)</source>
            <translation>MNIST (*.npz *ubyte *.gz);;All files (*)</translation>
        </message>
        <message>
            <source>custom: {0}</source>
            <translation>custom: {0}</translation>
        </message>
        <message>
            <source>Built in the Build area: {0}</source>
            <translation>Built in the Build area: {0}</translation>
        </message>
        <message>
            <source>learning rate must be a number, e.g. 0.001</source>
            <translation>learning rate must be a number, e.g. 0.001</translation>
        </message>
    </context>
    <context>
        <name>TrainingCurves</name>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>cross-entropy</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>batch loss</source>
            <translation>batch loss</translation>
        </message>
        <message>
            <source>batch loss, smoothed</source>
            <translation>batch loss, smoothed</translation>
        </message>
        <message>
            <source>batch accuracy, smoothed</source>
            <translation>batch accuracy, smoothed</translation>
        </message>
        <message>
            <source>train (epoch)</source>
            <translation>train (epoch)</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>Exponential moving average of the batch curves, as in TensorBoard</source>
            <translation>Exponential moving average of the batch curves, as in TensorBoard</translation>
        </message>
        <message>
            <source>Smoothing</source>
            <translation>Smoothing</translation>
        </message>
    </context>
    <context>
        <name>TrainingWorker</name>
        <message>
            <source>Invalid settings: {0}</source>
            <translation>Invalid settings: {0}</translation>
        </message>
        <message>
            <source>Training failed: {0}: {1}</source>
            <translation>Training failed: {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>{0}: the images ({1}) are all black (every pixel is 0)</source>
            <translation>{0}: the images ({1}) are all black (every pixel is 0)</translation>
        </message>
        <message>
            <source>{0}: the images ({1}) hold only the values 0 and 1; pixels are expected as 0-255 grey levels (multiply by 255?)</source>
            <translation>{0}: the images ({1}) hold only the values 0 and 1; pixels are expected as 0-255 grey levels (multiply by 255?)</translation>
        </message>
        <message>
            <source>{0}: array '{1}' is missing</source>
            <translation>{0}: array '{1}' is missing</translation>
        </message>
        <message>
            <source>{0}: {1} has shape {2}; expected (N, 28, 28)</source>
            <translation>{0}: {1} has shape {2}; expected (N, 28, 28)</translation>
        </message>
        <message>
            <source>{0}: {1} has dtype {2}; expected uint8 grey levels 0-255</source>
            <translation>{0}: {1} has dtype {2}; expected uint8 grey levels 0-255</translation>
        </message>
        <message>
            <source>{0}: {1} has shape {2}; expected ({3},), one label per image</source>
            <translation>{0}: {1} has shape {2}; expected ({3},), one label per image</translation>
        </message>
        <message>
            <source>{0}: {1} has dtype {2}; expected integer labels</source>
            <translation>{0}: {1} has dtype {2}; expected integer labels</translation>
        </message>
        <message>
            <source>{0}: the train split is empty</source>
            <translation>{0}: the train split is empty</translation>
        </message>
        <message>
            <source>{0}: the test split is empty</source>
            <translation>{0}: the test split is empty</translation>
        </message>
        <message>
            <source>{0}: {1} has labels from {2} to {3}; expected 0-9</source>
            <translation>{0}: {1} has labels from {2} to {3}; expected 0-9</translation>
        </message>
        <message>
            <source>{0}: cannot read ({1})</source>
            <translation>{0}: cannot read ({1})</translation>
        </message>
        <message>
            <source>{0}: not a regular file ({1})</source>
            <translation>{0}: not a regular file ({1})</translation>
        </message>
        <message>
            <source>{0}: array '{1}' is in .npy format {2}; expected 1.0 or 2.0</source>
            <translation>{0}: array '{1}' is in .npy format {2}; expected 1.0 or 2.0</translation>
        </message>
        <message>
            <source>{0}: array '{1}' has shape {2} of {3}, {4}: far more than an MNIST-like data set needs (at most {5} per array)</source>
            <translation>{0}: array '{1}' has shape {2} of {3}, {4}: far more than an MNIST-like data set needs (at most {5} per array)</translation>
        </message>
        <message>
            <source>{0}: not a readable .npz file ({1})</source>
            <translation>{0}: not a readable .npz file ({1})</translation>
        </message>
        <message>
            <source>{0}: not an IDX file of unsigned bytes</source>
            <translation>{0}: not an IDX file of unsigned bytes</translation>
        </message>
        <message>
            <source>{0}: its header gives {1} dimensions; expected 1 (labels) or 3 (images)</source>
            <translation>{0}: its header gives {1} dimensions; expected 1 (labels) or 3 (images)</translation>
        </message>
        <message>
            <source>{0}: its header is cut short (truncated?)</source>
            <translation>{0}: its header is cut short (truncated?)</translation>
        </message>
        <message>
            <source>{0}: its header gives shape {1}, {2}: far more than an MNIST-like data set needs (at most {3} per file)</source>
            <translation>{0}: its header gives shape {1}, {2}: far more than an MNIST-like data set needs (at most {3} per file)</translation>
        </message>
        <message>
            <source>{0}: size does not match its header {1} (truncated?)</source>
            <translation>{0}: size does not match its header {1} (truncated?)</translation>
        </message>
        <message>
            <source>{0}: size does not match its header {1}: there is more data after the {2} bytes it announces</source>
            <translation>{0}: size does not match its header {1}: there is more data after the {2} bytes it announces</translation>
        </message>
        <message>
            <source>{0}: no file {1} or {1}.gz</source>
            <translation>{0}: no file {1} or {1}.gz</translation>
        </message>
        <message>
            <source>{0}: no such file or folder</source>
            <translation>{0}: no such file or folder</translation>
        </message>
        <message>
            <source>Cannot load MNIST: {0}</source>
            <translation>Cannot load MNIST: {0}</translation>
        </message>
        <message>
            <source>Cannot load MNIST (from ${0}): {1}</source>
            <translation>Cannot load MNIST (from ${0}): {1}</translation>
        </message>
        <message>
            <source>{0}: not there</source>
            <translation>{0}: not there</translation>
        </message>
        <message>
            <source>download through keras.datasets.mnist failed: {0}: {1}</source>
            <translation>download through keras.datasets.mnist failed: {0}: {1}</translation>
        </message>
        <message>
            <source>download skipped (${0} is set)</source>
            <translation>download skipped (${0} is set)</translation>
        </message>
        <message>
            <source>Cannot find MNIST. Tried:</source>
            <translation>Cannot find MNIST. Tried:</translation>
        </message>
        <message>
            <source>Fix: pass --data PATH or set ${0} to a Keras-format mnist.npz or a folder with the four IDX files, or connect to the internet once so it can be downloaded.</source>
            <translation>Fix: pass --data PATH or set ${0} to a Keras-format mnist.npz or a folder with the four IDX files, or connect to the internet once so it can be downloaded.</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>{0}m{1}s</source>
            <translation>{0}m{1}s</translation>
        </message>
        <message>
            <source>{0}s</source>
            <translation>{0}s</translation>
        </message>
    </context>
</TS>
