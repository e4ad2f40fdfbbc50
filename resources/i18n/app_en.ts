<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActiveModel</name>
        <message>
            <source>cannot load {name}: {error}</source>
            <translation>cannot load {name}: {error}</translation>
        </message>
    </context>
    <context>
        <name>DigitImageView</name>
        <message>
            <source>What the model sees: your drawing cropped, scaled to 20x20 and centred by mass in 28x28</source>
            <translation>What the model sees: your drawing cropped, scaled to 20x20 and centred by mass in 28x28</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong inside the app:

{message}

The app keeps running and your work is kept. The details were written to
{log}
Please include that file if you report the problem.</source>
            <translation>Something went wrong inside the app:

{message}

The app keeps running and your work is kept. The details were written to
{log}
Please include that file if you report the problem.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digit Recognizer</source>
            <translation>Digit Recognizer</translation>
        </message>
        <message>
            <source>&amp;Draw</source>
            <translation>&amp;Draw</translation>
        </message>
        <message>
            <source>Draw a digit and see the prediction live</source>
            <translation>Draw a digit and see the prediction live</translation>
        </message>
        <message>
            <source>&amp;Build</source>
            <translation>&amp;Build</translation>
        </message>
        <message>
            <source>Compose your own network with live shapes and parameter counts</source>
            <translation>Compose your own network with live shapes and parameter counts</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>&amp;Train</translation>
        </message>
        <message>
            <source>Train a network on MNIST with live curves</source>
            <translation>Train a network on MNIST with live curves</translation>
        </message>
        <message>
            <source>&amp;Inspect</source>
            <translation>&amp;Inspect</translation>
        </message>
        <message>
            <source>Layers, shapes, parameter counts and feature maps</source>
            <translation>Layers, shapes, parameter counts and feature maps</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>Conv versus dense: the same digit to several models, moved, turned, thickened or noisy, and accuracy sweeps</source>
            <translation>Conv versus dense: the same digit to several models, moved, turned, thickened or noisy, and accuracy sweeps</translation>
        </message>
        <message>
            <source>My &amp;samples</source>
            <translation>My &amp;samples</translation>
        </message>
        <message>
            <source>Your kept drawings; adapt the model to your handwriting</source>
            <translation>Your kept drawings; adapt the model to your handwriting</translation>
        </message>
        <message>
            <source>Your samples file could not be read: {0}</source>
            <translation>Your samples file could not be read: {0}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open model...</source>
            <translation>&amp;Open model...</translation>
        </message>
        <message>
            <source>Load a .keras model trained for 28x28 digits</source>
            <translation>Load a .keras model trained for 28x28 digits</translation>
        </message>
        <message>
            <source>Use the &amp;default model</source>
            <translation>Use the &amp;default model</translation>
        </message>
        <message>
            <source>The shipped model: reads MNIST and pen input, says when a drawing is not a digit</source>
            <translation>The shipped model: reads MNIST and pen input, says when a drawing is not a digit</translation>
        </message>
        <message>
            <source>Use the &amp;course CNN (seed-cnn, MNIST only)</source>
            <translation>Use the &amp;course CNN (seed-cnn, MNIST only)</translation>
        </message>
        <message>
            <source>The course's Conv32-Pool-Conv64-Pool-Conv128-Dense10, trained on MNIST alone; it never says 'not a digit'</source>
            <translation>The course's Conv32-Pool-Conv64-Pool-Conv128-Dense10, trained on MNIST alone; it never says 'not a digit'</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Show the interface in {0} (from the next start)</source>
            <translation>Show the interface in {0} (from the next start)</translation>
        </message>
        <message>
            <source>a network is training</source>
            <translation>a network is training</translation>
        </message>
        <message>
            <source>the trained model is not saved</source>
            <translation>the trained model is not saved</translation>
        </message>
        <message>
            <source>the model is being adapted to your samples</source>
            <translation>the model is being adapted to your samples</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The interface will be in {0} from the next start. It cannot restart now: {1}.</source>
            <translation>The interface will be in {0} from the next start. It cannot restart now: {1}.</translation>
        </message>
        <message>
            <source>The interface will be in {0} from the next start. Restart now?</source>
            <translation>The interface will be in {0} from the next start. Restart now?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Restart now</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>No model</translation>
        </message>
        <message>
            <source>The model the canvas and inspector use</source>
            <translation>The model the canvas and inspector use</translation>
        </message>
        <message>
            <source>trained {0} ({1}, unsaved)</source>
            <translation>trained {0} ({1}, unsaved)</translation>
        </message>
        <message>
            <source>Loading {0}...</source>
            <translation>Loading {0}...</translation>
        </message>
        <message>
            <source>Starting TensorFlow and loading the model...</source>
            <translation>Starting TensorFlow and loading the model...</translation>
        </message>
        <message>
            <source>Model: {0} - MNIST test accuracy {1}</source>
            <translation>Model: {0} - MNIST test accuracy {1}</translation>
        </message>
        <message>
            <source>Model: {0} - test accuracy unknown</source>
            <translation>Model: {0} - test accuracy unknown</translation>
        </message>
        <message>
            <source>Model {0} ready</source>
            <translation>Model {0} ready</translation>
        </message>
        <message>
            <source>Model: {0}</source>
            <translation>Model: {0}</translation>
        </message>
        <message>
            <source>Could not load the model</source>
            <translation>Could not load the model</translation>
        </message>
        <message>
            <source>Could not open model</source>
            <translation>Could not open model</translation>
        </message>
        <message>
            <source>{0} stays active.</source>
            <translation>{0} stays active.</translation>
        </message>
        <message>
            <source>Open model</source>
            <translation>Open model</translation>
        </message>
        <message>
            <source>Keras models (*.keras);;All files (*)</source>
            <translation>Keras models (*.keras);;All files (*)</translation>
        </message>
        <message>
            <source>About {0}</source>
            <translation>About {0}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Draw digits, train convolutional networks and look inside them.&lt;/p&gt;&lt;p&gt;Built with TensorFlow/Keras, PySide6 and pyqtgraph. MNIST by LeCun, Cortes and Burges.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Draw digits, train convolutional networks and look inside them.&lt;/p&gt;&lt;p&gt;Built with TensorFlow/Keras, PySide6 and pyqtgraph. MNIST by LeCun, Cortes and Burges.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityChart</name>
        <message>
            <source>digit</source>
            <translation>digit</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>probability</translation>
        </message>
        <message>
            <source>The network's probability for each digit (softmax output)</source>
            <translation>The network's probability for each digit (softmax output)</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>Could not export</source>
            <translation>Could not export</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
    </context>
</TS>
