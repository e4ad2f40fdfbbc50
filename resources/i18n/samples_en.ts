<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Adapt</name>
        <message>
            <source>no samples to adapt to</source>
            <translation>no samples to adapt to</translation>
        </message>
        <message>
            <source>this model never says 'not a digit', and every sample is labelled so</source>
            <translation>this model never says 'not a digit', and every sample is labelled so</translation>
        </message>
    </context>
    <context>
        <name>AdaptWorker</name>
        <message>
            <source>the adaptation failed: {0}: {1}</source>
            <translation>the adaptation failed: {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>ExtraSamples</name>
        <message>
            <source>no digit samples to train on (labels 0-9; 'not a digit' samples are left out)</source>
            <translation>no digit samples to train on (labels 0-9; 'not a digit' samples are left out)</translation>
        </message>
    </context>
    <context>
        <name>SampleFile</name>
        <message>
            <source>{0}: no such file</source>
            <translation>{0}: no such file</translation>
        </message>
        <message>
            <source>{0}: not a regular file</source>
            <translation>{0}: not a regular file</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}: cannot be read ({1})</translation>
        </message>
        <message>
            <source>{0}: more than {1} MB of JSON</source>
            <translation>{0}: more than {1} MB of JSON</translation>
        </message>
        <message>
            <source>{0}: not UTF-8 text (expected JSON or gzipped JSON)</source>
            <translation>{0}: not UTF-8 text (expected JSON or gzipped JSON)</translation>
        </message>
        <message>
            <source>sample {0}: expected an object with label and strokes</source>
            <translation>sample {0}: expected an object with label and strokes</translation>
        </message>
        <message>
            <source>sample {0}: label must be 0-9 or -1 (not a digit), got {1}</source>
            <translation>sample {0}: label must be 0-9 or -1 (not a digit), got {1}</translation>
        </message>
        <message>
            <source>sample {0}: strokes must be a list of strokes</source>
            <translation>sample {0}: strokes must be a list of strokes</translation>
        </message>
        <message>
            <source>sample {0}, stroke {1}: points must be [x, y] number pairs</source>
            <translation>sample {0}, stroke {1}: points must be [x, y] number pairs</translation>
        </message>
        <message>
            <source>sample {0}, stroke {1}: coordinates must be finite numbers</source>
            <translation>sample {0}, stroke {1}: coordinates must be finite numbers</translation>
        </message>
        <message>
            <source>{0}: not valid JSON ({1}, line {2})</source>
            <translation>{0}: not valid JSON ({1}, line {2})</translation>
        </message>
        <message>
            <source>{0}: JSON nested too deeply</source>
            <translation>{0}: JSON nested too deeply</translation>
        </message>
        <message>
            <source>{0}: expected a JSON list of samples</source>
            <translation>{0}: expected a JSON list of samples</translation>
        </message>
    </context>
    <context>
        <name>SampleStore</name>
        <message>
            <source>{0}. It was kept as {1}; a new set starts here.</source>
            <translation>{0}. It was kept as {1}; a new set starts here.</translation>
        </message>
        <message>
            <source>{0}. It could not be moved aside ({1}); it is left as it is.</source>
            <translation>{0}. It could not be moved aside ({1}); it is left as it is.</translation>
        </message>
    </context>
    <context>
        <name>SampleWriter</name>
        <message>
            <source>cannot save your samples to {0}: {1}</source>
            <translation>cannot save your samples to {0}: {1}</translation>
        </message>
        <message>
            <source>cannot save your samples: {0}: {1}</source>
            <translation>cannot save your samples: {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>SamplesArea</name>
        <message>
            <source>Sample sets</source>
            <translation>Sample sets</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>All files</translation>
        </message>
        <message>
            <source>not a digit</source>
            <translation>not a digit</translation>
        </message>
        <message>
            <source>Digits the active model gets wrong or is unsure about in your samples, and digits with fewer than {0} samples</source>
            <translation>Digits the active model gets wrong or is unsure about in your samples, and digits with fewer than {0} samples</translation>
        </message>
        <message>
            <source>All samples</source>
            <translation>All samples</translation>
        </message>
        <message>
            <source>Only {0}</source>
            <translation>Only {0}</translation>
        </message>
        <message>
            <source>Show the samples of one digit</source>
            <translation>Show the samples of one digit</translation>
        </message>
        <message>
            <source>As the network sees them (28x28)</source>
            <translation>As the network sees them (28x28)</translation>
        </message>
        <message>
            <source>As drawn</source>
            <translation>As drawn</translation>
        </message>
        <message>
            <source>Thumbnails as the network gets them, or your strokes as drawn</source>
            <translation>Thumbnails as the network gets them, or your strokes as drawn</translation>
        </message>
        <message>
            <source>Your kept samples, grouped by digit. Select some to delete or relabel them</source>
            <translation>Your kept samples, grouped by digit. Select some to delete or relabel them</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected samples (Delete)</source>
            <translation>Delete the selected samples (Delete)</translation>
        </message>
        <message>
            <source>Relabel as...</source>
            <translation>Relabel as...</translation>
        </message>
        <message>
            <source>Give the selected samples another label</source>
            <translation>Give the selected samples another label</translation>
        </message>
        <message>
            <source>Import...</source>
            <translation>Import...</translation>
        </message>
        <message>
            <source>Add the samples of a .json or .json.gz file (drawings you have already are left out)</source>
            <translation>Add the samples of a .json or .json.gz file (drawings you have already are left out)</translation>
        </message>
        <message>
            <source>Export...</source>
            <translation>Export...</translation>
        </message>
        <message>
            <source>Save all your samples as one .json file (the format of adapt --samples)</source>
            <translation>Save all your samples as one .json file (the format of adapt --samples)</translation>
        </message>
        <message>
            <source>Adapt the model to my handwriting</source>
            <translation>Adapt the model to my handwriting</translation>
        </message>
        <message>
            <source>Fine-tune a copy of the active model on your samples (a few seconds to a minute); the model in use stays as it is until you choose the new one</source>
            <translation>Fine-tune a copy of the active model on your samples (a few seconds to a minute); the model in use stays as it is until you choose the new one</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop the adaptation; nothing is saved and the model in use stays</source>
            <translation>Stop the adaptation; nothing is saved and the model in use stays</translation>
        </message>
        <message>
            <source>%p %</source>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Use the adapted model</source>
            <translation>Use the adapted model</translation>
        </message>
        <message>
            <source>Make the adapted model the one the canvas and inspector use</source>
            <translation>Make the adapted model the one the canvas and inspector use</translation>
        </message>
        <message>
            <source>Adapt</source>
            <translation>Adapt</translation>
        </message>
        <message>
            <source>not</source>
            <translation>not</translation>
        </message>
        <message>
            <source>No samples yet. In the Draw area, draw a digit and press its key (0-9, or N for not a digit) to keep it here.</source>
            <translation>No samples yet. In the Draw area, draw a digit and press its key (0-9, or N for not a digit) to keep it here.</translation>
        </message>
        <message>
            <source>not a digit: {0}</source>
            <translation>not a digit: {0}</translation>
        </message>
        <message>
            <source>{0} samples - {1}</source>
            <translation>{0} samples - {1}</translation>
        </message>
        <message>
            <source>Kept as {0}</source>
            <translation>Kept as {0}</translation>
        </message>
        <message>
            <source>Kept as {0}; {1} reads {2} ({3} sure)</source>
            <translation>Kept as {0}; {1} reads {2} ({3} sure)</translation>
        </message>
        <message>
            <source>{0} (misread {1} of {2})</source>
            <translation>{0} (misread {1} of {2})</translation>
        </message>
        <message>
            <source>{0} (unsure of {1} of {2})</source>
            <translation>{0} (unsure of {1} of {2})</translation>
        </message>
        <message>
            <source>{0} (none yet)</source>
            <translation>{0} (none yet)</translation>
        </message>
        <message>
            <source>{0} (only {1})</source>
            <translation>{0} (only {1})</translation>
        </message>
        <message>
            <source>Draw more of: {0}</source>
            <translation>Draw more of: {0}</translation>
        </message>
        <message>
            <source>{0} reads all your samples surely; more samples of the digits you write unusually help most.</source>
            <translation>{0} reads all your samples surely; more samples of the digits you write unusually help most.</translation>
        </message>
        <message>
            <source>Import samples</source>
            <translation>Import samples</translation>
        </message>
        <message>
            <source>Cannot import samples</source>
            <translation>Cannot import samples</translation>
        </message>
        <message>
            <source>{0}.

Your samples are unchanged.</source>
            <translation>{0}.

Your samples are unchanged.</translation>
        </message>
        <message>
            <source>{0} samples added ({1} you have already were left out).</source>
            <translation>{0} samples added ({1} you have already were left out).</translation>
        </message>
        <message>
            <source>{0} samples added.</source>
            <translation>{0} samples added.</translation>
        </message>
        <message>
            <source>Samples imported</source>
            <translation>Samples imported</translation>
        </message>
        <message>
            <source>Export samples</source>
            <translation>Export samples</translation>
        </message>
        <message>
            <source>Cannot export samples</source>
            <translation>Cannot export samples</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}.</source>
            <translation>Cannot write {0}: {1}.</translation>
        </message>
        <message>
            <source>Cannot save your samples</source>
            <translation>Cannot save your samples</translation>
        </message>
        <message>
            <source>{0}.

They are kept while the app runs; the next change tries again.</source>
            <translation>{0}.

They are kept while the app runs; the next change tries again.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples are still being read; MNIST test {1} (model card).</source>
            <translation>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples are still being read; MNIST test {1} (model card).</translation>
        </message>
        <message>
            <source>{0} of {1} ({2})</source>
            <translation>{0} of {1} ({2})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples read right {1}; MNIST test {2} (model card).</source>
            <translation>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples read right {1}; MNIST test {2} (model card).</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>No model</translation>
        </message>
        <message>
            <source>Wait for the model to load, or open one (Ctrl+O).</source>
            <translation>Wait for the model to load, or open one (Ctrl+O).</translation>
        </message>
        <message>
            <source>No samples to adapt to</source>
            <translation>No samples to adapt to</translation>
        </message>
        <message>
            <source>Keep a few of your digits first: in the Draw area, draw one and press its key (0-9).</source>
            <translation>Keep a few of your digits first: in the Draw area, draw one and press its key (0-9).</translation>
        </message>
        <message>
            <source>{0} never says 'not a digit', and all your samples are labelled so.</source>
            <translation>{0} never says 'not a digit', and all your samples are labelled so.</translation>
        </message>
        <message>
            <source>Cannot adapt</source>
            <translation>Cannot adapt</translation>
        </message>
        <message>
            <source>Cannot make the folder {0} for the adapted model: {1}.</source>
            <translation>Cannot make the folder {0} for the adapted model: {1}.</translation>
        </message>
        <message>
            <source>Adapting on {0} samples...</source>
            <translation>Adapting on {0} samples...</translation>
        </message>
        <message>
            <source>{0} before, &lt;b&gt;{1} after&lt;/b&gt; ({2}-fold cross-validation over {3} samples: each scored by a model adapted without it)</source>
            <translation>{0} before, &lt;b&gt;{1} after&lt;/b&gt; ({2}-fold cross-validation over {3} samples: each scored by a model adapted without it)</translation>
        </message>
        <message>
            <source>not measured (too few samples to hold some out)</source>
            <translation>not measured (too few samples to hold some out)</translation>
        </message>
        <message>
            <source>MNIST test {0} before, {1} after</source>
            <translation>MNIST test {0} before, {1} after</translation>
        </message>
        <message>
            <source>MNIST not measured ({0})</source>
            <translation>MNIST not measured ({0})</translation>
        </message>
        <message>
            <source>&lt;b&gt;After&lt;/b&gt;: your samples read right {0}; {1}; {2} s.&lt;br&gt;Saved as {3}; the model in use is unchanged until you choose it.</source>
            <translation>&lt;b&gt;After&lt;/b&gt;: your samples read right {0}; {1}; {2} s.&lt;br&gt;Saved as {3}; the model in use is unchanged until you choose it.</translation>
        </message>
        <message>
            <source>Stopped; nothing was saved and {0} is still in use.</source>
            <translation>Stopped; nothing was saved and {0} is still in use.</translation>
        </message>
        <message>
            <source>Stopped; nothing was saved.</source>
            <translation>Stopped; nothing was saved.</translation>
        </message>
        <message>
            <source>Could not adapt: {0}</source>
            <translation>Could not adapt: {0}</translation>
        </message>
        <message>
            <source>Could not adapt</source>
            <translation>Could not adapt</translation>
        </message>
    </context>
</TS>
