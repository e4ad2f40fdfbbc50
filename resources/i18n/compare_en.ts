<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CompareArea</name>
        <message>
            <source>Draw on the canvas in the Draw area, or here.</source>
            <translation>Draw on the canvas in the Draw area, or here.</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Sweep</source>
            <translation>Sweep</translation>
        </message>
        <message>
            <source>Each model's reading of the changed digit, live</source>
            <translation>Each model's reading of the changed digit, live</translation>
        </message>
        <message>
            <source>Each model's MNIST test accuracy as a change grows, plotted</source>
            <translation>Each model's MNIST test accuracy as a change grows, plotted</translation>
        </message>
        <message>
            <source>Draw here: every model reads the same changed digit.</source>
            <translation>Draw here: every model reads the same changed digit.</translation>
        </message>
        <message>
            <source>The trained model could not be prepared: {0}</source>
            <translation>The trained model could not be prepared: {0}</translation>
        </message>
    </context>
    <context>
        <name>ModelSlot</name>
        <message>
            <source>{0} parameters</source>
            <translation>{0} parameters</translation>
        </message>
        <message>
            <source>MNIST test {0}</source>
            <translation>MNIST test {0}</translation>
        </message>
        <message>
            <source>no model card</source>
            <translation>no model card</translation>
        </message>
        <message>
            <source>The model in this column: a shipped one, one you saved, or any .keras file</source>
            <translation>The model in this column: a shipped one, one you saved, or any .keras file</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Open a model file...</source>
            <translation>Open a model file...</translation>
        </message>
        <message>
            <source>Compare a model</source>
            <translation>Compare a model</translation>
        </message>
        <message>
            <source>Keras models (*.keras);;All files (*)</source>
            <translation>Keras models (*.keras);;All files (*)</translation>
        </message>
        <message>
            <source>Choose a model to compare</source>
            <translation>Choose a model to compare</translation>
        </message>
        <message>
            <source>{0} cannot be compared: it is not a Keras network of conv, pooling and dense layers taking 28x28 digits and giving ten digits</source>
            <translation>{0} cannot be compared: it is not a Keras network of conv, pooling and dense layers taking 28x28 digits and giving ten digits</translation>
        </message>
        <message>
            <source>{0}  ({1} sure)</source>
            <translation>{0}  ({1} sure)</translation>
        </message>
    </context>
    <context>
        <name>PerturbPanel</name>
        <message>
            <source>Change the digit</source>
            <translation>Change the digit</translation>
        </message>
        <message>
            <source>Applied after the MNIST-style normalisation, so it is not undone by it</source>
            <translation>Applied after the MNIST-style normalisation, so it is not undone by it</translation>
        </message>
        <message>
            <source>Move the digit right (+) or left (-), in pixels of the 28x28 image</source>
            <translation>Move the digit right (+) or left (-), in pixels of the 28x28 image</translation>
        </message>
        <message>
            <source>Move the digit down (+) or up (-), in pixels of the 28x28 image</source>
            <translation>Move the digit down (+) or up (-), in pixels of the 28x28 image</translation>
        </message>
        <message>
            <source>Turn the digit, in degrees (counter-clockwise +)</source>
            <translation>Turn the digit, in degrees (counter-clockwise +)</translation>
        </message>
        <message>
            <source>Grow or shrink the digit about the middle of the image, in %</source>
            <translation>Grow or shrink the digit about the middle of the image, in %</translation>
        </message>
        <message>
            <source>Thicken (+) or thin (-) the strokes, in pixels</source>
            <translation>Thicken (+) or thin (-) the strokes, in pixels</translation>
        </message>
        <message>
            <source>Add Gaussian noise: its standard deviation, in % of full ink</source>
            <translation>Add Gaussian noise: its standard deviation, in % of full ink</translation>
        </message>
        <message>
            <source>cover a square</source>
            <translation>cover a square</translation>
        </message>
        <message>
            <source>Black out a square of the input; drag it on the image</source>
            <translation>Black out a square of the input; drag it on the image</translation>
        </message>
        <message>
            <source>Side of the square, in pixels</source>
            <translation>Side of the square, in pixels</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Back to the digit as normalised (all sliders to their middle or zero)</source>
            <translation>Back to the digit as normalised (all sliders to their middle or zero)</translation>
        </message>
        <message>
            <source>Shift right</source>
            <translation>Shift right</translation>
        </message>
        <message>
            <source>Shift down</source>
            <translation>Shift down</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Thickness</source>
            <translation>Thickness</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Noise</translation>
        </message>
        <message>
            <source>Occlude</source>
            <translation>Occlude</translation>
        </message>
    </context>
    <context>
        <name>PerturbedInput</name>
        <message>
            <source>What every model receives: your digit, normalised as MNIST, then changed by the sliders. Drag the grey square to cover part of it.</source>
            <translation>What every model receives: your digit, normalised as MNIST, then changed by the sliders. Drag the grey square to cover part of it.</translation>
        </message>
    </context>
    <context>
        <name>SweepKind</name>
        <message>
            <source>shift right</source>
            <translation>shift right</translation>
        </message>
        <message>
            <source>pixels</source>
            <translation>pixels</translation>
        </message>
        <message>
            <source>shift down</source>
            <translation>shift down</translation>
        </message>
        <message>
            <source>rotation</source>
            <translation>rotation</translation>
        </message>
        <message>
            <source>degrees</source>
            <translation>degrees</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>factor</translation>
        </message>
        <message>
            <source>thickness</source>
            <translation>thickness</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>noise</translation>
        </message>
        <message>
            <source>std. dev.</source>
            <translation>std. dev.</translation>
        </message>
    </context>
    <context>
        <name>SweepView</name>
        <message>
            <source>Test accuracy as the change grows</source>
            <translation>Test accuracy as the change grows</translation>
        </message>
        <message>
            <source>The change to sweep; every test digit gets it after normalisation</source>
            <translation>The change to sweep; every test digit gets it after normalisation</translation>
        </message>
        <message>
            <source> test images</source>
            <translation> test images</translation>
        </message>
        <message>
            <source>How many MNIST test digits to read at every step (fewer: faster)</source>
            <translation>How many MNIST test digits to read at every step (fewer: faster)</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>Run sweep</translation>
        </message>
        <message>
            <source>Measure every chosen model at every step of the change, in the background</source>
            <translation>Measure every chosen model at every step of the change, in the background</translation>
        </message>
        <message>
            <source>Choose a change and press Run sweep.</source>
            <translation>Choose a change and press Run sweep.</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>test accuracy</translation>
        </message>
        <message>
            <source>Plot as PNG...</source>
            <translation>Plot as PNG...</translation>
        </message>
        <message>
            <source>Save the plot as a PNG image</source>
            <translation>Save the plot as a PNG image</translation>
        </message>
        <message>
            <source>Table as CSV...</source>
            <translation>Table as CSV...</translation>
        </message>
        <message>
            <source>Save the accuracies as CSV: one row per step, one column per model</source>
            <translation>Save the accuracies as CSV: one row per step, one column per model</translation>
        </message>
        <message>
            <source>Stopping...</source>
            <translation>Stopping...</translation>
        </message>
        <message>
            <source>Choose at least one model above first.</source>
            <translation>Choose at least one model above first.</translation>
        </message>
        <message>
            <source>Loading {0} and the MNIST test digits...</source>
            <translation>Loading {0} and the MNIST test digits...</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop the sweep</source>
            <translation>Stop the sweep</translation>
        </message>
        <message>
            <source>Measuring...</source>
            <translation>Measuring...</translation>
        </message>
        <message>
            <source>Sweep stopped.</source>
            <translation>Sweep stopped.</translation>
        </message>
        <message>
            <source>The sweep could not run.</source>
            <translation>The sweep could not run.</translation>
        </message>
        <message>
            <source>Sweep</source>
            <translation>Sweep</translation>
        </message>
        <message>
            <source>{kind} on {count} test digits. Unchanged: {unchanged}; lowest: {lowest}</source>
            <translation>{kind} on {count} test digits. Unchanged: {unchanged}; lowest: {lowest}</translation>
        </message>
        <message>
            <source>Save the sweep plot</source>
            <translation>Save the sweep plot</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Save the sweep table</source>
            <translation>Save the sweep table</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
    </context>
    <context>
        <name>SweepWorker</name>
        <message>
            <source>The sweep failed: {0}: {1}</source>
            <translation>The sweep failed: {0}: {1}</translation>
        </message>
    </context>
</TS>
