<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BuildArea</name>
        <message>
            <source>K: how many filters (output channels)</source>
            <translation>K: how many filters (output channels)</translation>
        </message>
        <message>
            <source>F: the filter is F x F pixels</source>
            <translation>F: the filter is F x F pixels</translation>
        </message>
        <message>
            <source>s: how many pixels the window moves each step</source>
            <translation>s: how many pixels the window moves each step</translation>
        </message>
        <message>
            <source>valid: no padding; same: pad so that the output is ceil(n / s)</source>
            <translation>valid: no padding; same: pad so that the output is ceil(n / s)</translation>
        </message>
        <message>
            <source>the pooling window is this many pixels square</source>
            <translation>the pooling window is this many pixels square</translation>
        </message>
        <message>
            <source>share of the values set to zero during training</source>
            <translation>share of the values set to zero during training</translation>
        </message>
        <message>
            <source>N_out: how many outputs</source>
            <translation>N_out: how many outputs</translation>
        </message>
        <message>
            <source>the function applied to each output</source>
            <translation>the function applied to each output</translation>
        </message>
        <message>
            <source>filters</source>
            <extracomment>The form's label of each setting (the key is what spec files and messages call it).</extracomment>
            <translation>filters</translation>
        </message>
        <message>
            <source>kernel</source>
            <translation>kernel</translation>
        </message>
        <message>
            <source>stride</source>
            <translation>stride</translation>
        </message>
        <message>
            <source>padding</source>
            <translation>padding</translation>
        </message>
        <message>
            <source>pool</source>
            <translation>pool</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>rate</translation>
        </message>
        <message>
            <source>units</source>
            <translation>units</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Start from:</translation>
        </message>
        <message>
            <source>Load the {0} architecture into the editor</source>
            <translation>Load the {0} architecture into the editor</translation>
        </message>
        <message>
            <source>Open spec...</source>
            <translation>Open spec...</translation>
        </message>
        <message>
            <source>Read a network saved as JSON</source>
            <translation>Read a network saved as JSON</translation>
        </message>
        <message>
            <source>Save spec...</source>
            <translation>Save spec...</translation>
        </message>
        <message>
            <source>Save this network as a small JSON file</source>
            <translation>Save this network as a small JSON file</translation>
        </message>
        <message>
            <source>Train this network</source>
            <translation>Train this network</translation>
        </message>
        <message>
            <source>Open the Train area with this network selected</source>
            <translation>Open the Train area with this network selected</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Output shape</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Param #</translation>
        </message>
        <message>
            <source>Total so far</source>
            <translation>Total so far</translation>
        </message>
        <message>
            <source>Receptive field</source>
            <translation>Receptive field</translation>
        </message>
        <message>
            <source>How much of the 28x28 input one unit sees and how far apart neighbouring units' windows are (jump): {0}</source>
            <translation>How much of the 28x28 input one unit sees and how far apart neighbouring units' windows are (jump): {0}</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Add layer</translation>
        </message>
        <message>
            <source>Insert a layer after the selected one (Insert)</source>
            <translation>Insert a layer after the selected one (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Delete the selected layer (Delete)</source>
            <translation>Delete the selected layer (Delete)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the selected layer up (Ctrl+Up)</source>
            <translation>Move the selected layer up (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the selected layer down (Ctrl+Down)</source>
            <translation>Move the selected layer down (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Add Dense(10, softmax)</source>
            <translation>Add Dense(10, softmax)</translation>
        </message>
        <message>
            <source>Finish the network with the classifier: one probability per digit</source>
            <translation>Finish the network with the classifier: one probability per digit</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>Total params: {total} (trainable {trainable}, non-trainable {fixed}) · {macs} multiply-adds per image · weights {kb} KB (float32) · training needs about {memory} with batches of {batch}</source>
            <translation>Total params: {total} (trainable {trainable}, non-trainable {fixed}) · {macs} multiply-adds per image · weights {kb} KB (float32) · training needs about {memory} with batches of {batch}</translation>
        </message>
        <message>
            <source>Totals appear once the network is valid.</source>
            <translation>Totals appear once the network is valid.</translation>
        </message>
        <message>
            <source>For comparison: {0}</source>
            <translation>For comparison: {0}</translation>
        </message>
        <message>
            <source>{name} {params} params, {macs} multiply-adds</source>
            <translation>{name} {params} params, {macs} multiply-adds</translation>
        </message>
        <message>
            <source>Fix the errors listed under the table first</source>
            <translation>Fix the errors listed under the table first</translation>
        </message>
        <message>
            <source>Add a layer to start.</source>
            <translation>Add a layer to start.</translation>
        </message>
        <message>
            <source>Layer {0}: {1}</source>
            <translation>Layer {0}: {1}</translation>
        </message>
        <message>
            <source>28x28x1 image</source>
            <translation>28x28x1 image</translation>
        </message>
        <message>
            <source>receptive field: {0}</source>
            <translation>receptive field: {0}</translation>
        </message>
        <message>
            <source>{0} multiply-adds per image</source>
            <translation>{0} multiply-adds per image</translation>
        </message>
        <message>
            <source>&lt;b&gt;Input:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Input:&lt;/b&gt; {0}</translation>
        </message>
        <message>
            <source>unknown (an earlier layer has an error)</source>
            <translation>unknown (an earlier layer has an error)</translation>
        </message>
        <message>
            <source>{0} values</source>
            <translation>{0} values</translation>
        </message>
        <message>
            <source>This layer has no settings.</source>
            <translation>This layer has no settings.</translation>
        </message>
        <message>
            <source>Save network spec</source>
            <translation>Save network spec</translation>
        </message>
        <message>
            <source>Network spec (*.json)</source>
            <translation>Network spec (*.json)</translation>
        </message>
        <message>
            <source>folder {0} does not exist</source>
            <translation>folder {0} does not exist</translation>
        </message>
        <message>
            <source>Could not save the spec</source>
            <translation>Could not save the spec</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <source>Open network spec</source>
            <translation>Open network spec</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Could not open the spec</source>
            <translation>Could not open the spec</translation>
        </message>
    </context>
    <context>
        <name>architectures</name>
        <message>
            <source>The course CNN: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10, 104,202 parameters.</source>
            <extracomment>Architectures made of joined reader-cnns, by how many they join.</extracomment>
            <translation>The course CNN: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10, 104,202 parameters.</translation>
        </message>
        <message>
            <source>The course CNN with a hidden layer and a 'not a digit' output: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense128-Dropout-Dense11, shared out to ten digits by a fixed Dense10; 241,785 parameters.</source>
            <translation>The course CNN with a hidden layer and a 'not a digit' output: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense128-Dropout-Dense11, shared out to ten digits by a fixed Dense10; 241,785 parameters.</translation>
        </message>
        <message>
            <source>Two reader-cnns side by side, their answers averaged: Conv64-Pool-Conv128/2-Pool-Conv256/2-Conv256/2-Flatten-Dropout-Dense11-Dense10 (/2: two groups that never mix); 483,449 parameters.</source>
            <translation>Two reader-cnns side by side, their answers averaged: Conv64-Pool-Conv128/2-Pool-Conv256/2-Conv256/2-Flatten-Dropout-Dense11-Dense10 (/2: two groups that never mix); 483,449 parameters.</translation>
        </message>
        <message>
            <source>Three reader-cnns side by side, their answers averaged: Conv96-Pool-Conv192/3-Pool-Conv384/3-Conv384/3-Flatten-Dropout-Dense11-Dense10 (/3: three groups that never mix); 725,113 parameters.</source>
            <translation>Three reader-cnns side by side, their answers averaged: Conv96-Pool-Conv192/3-Pool-Conv384/3-Conv384/3-Flatten-Dropout-Dense11-Dense10 (/3: three groups that never mix); 725,113 parameters.</translation>
        </message>
        <message>
            <source>LeNet-5 (1998): CONV-POOL-CONV-POOL-FC120-FC84-FC10 on 28x28 padded to 32x32, 61,706 parameters.</source>
            <translation>LeNet-5 (1998): CONV-POOL-CONV-POOL-FC120-FC84-FC10 on 28x28 padded to 32x32, 61,706 parameters.</translation>
        </message>
        <message>
            <source>A dense network, no convolutions: Flatten-Dense128-Dense10, 101,770 parameters (the course CNN's budget). Every pixel has its own weights, so a digit moved by a few pixels is new input to it.</source>
            <translation>A dense network, no convolutions: Flatten-Dense128-Dense10, 101,770 parameters (the course CNN's budget). Every pixel has its own weights, so a digit moved by a few pixels is new input to it.</translation>
        </message>
        <message>
            <source>A bigger dense network: Flatten-Dense256-Dense256-Dense10, 269,322 parameters (2.6x the course CNN's).</source>
            <translation>A bigger dense network: Flatten-Dense256-Dense256-Dense10, 269,322 parameters (2.6x the course CNN's).</translation>
        </message>
        <message>
            <source>unknown architecture '{0}'; choose one of: {1}</source>
            <translation>unknown architecture '{0}'; choose one of: {1}</translation>
        </message>
    </context>
    <context>
        <name>spec</name>
        <message>
            <source>a number too long to show</source>
            <translation>a number too long to show</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>not a network spec: expected an object with a list of 'layers'</source>
            <translation>not a network spec: expected an object with a list of 'layers'</translation>
        </message>
        <message>
            <source>layer {0}: unknown kind {1} (choose {2})</source>
            <translation>layer {0}: unknown kind {1} (choose {2})</translation>
        </message>
        <message>
            <source>layer {0} ({1}): unknown setting(s) {2}</source>
            <translation>layer {0} ({1}): unknown setting(s) {2}</translation>
        </message>
        <message>
            <source>layer {0} ({1}): {2} must be a number or text, not {3}</source>
            <translation>layer {0} ({1}): {2} must be a number or text, not {3}</translation>
        </message>
        <message>
            <source>the network's name must be text, not {0}</source>
            <translation>the network's name must be text, not {0}</translation>
        </message>
        <message>
            <source>the network's name is {0} characters long; at most {1} are allowed</source>
            <translation>the network's name is {0} characters long; at most {1} are allowed</translation>
        </message>
        <message>
            <source>the network has {0} layers; at most {1} are allowed</source>
            <translation>the network has {0} layers; at most {1} are allowed</translation>
        </message>
        <message>
            <source>{0} is too large for a network spec: {1} (at most {2} MB)</source>
            <translation>{0} is too large for a network spec: {1} (at most {2} MB)</translation>
        </message>
        <message>
            <source>{0} is {1}, not a spec file</source>
            <translation>{0} is {1}, not a spec file</translation>
        </message>
        <message>
            <source>cannot read {0}: {1}</source>
            <translation>cannot read {0}: {1}</translation>
        </message>
        <message>
            <source>{0} is not a network spec: it is not UTF-8 text</source>
            <translation>{0} is not a network spec: it is not UTF-8 text</translation>
        </message>
        <message>
            <source>{0} is not valid JSON (line {1}: {2})</source>
            <translation>{0} is not valid JSON (line {1}: {2})</translation>
        </message>
        <message>
            <source>{0} is not a network spec: its JSON is nested too deeply</source>
            <translation>{0} is not a network spec: its JSON is nested too deeply</translation>
        </message>
        <message>
            <source>{0} is not a network spec: it holds a number with more than {1} digits</source>
            <translation>{0} is not a network spec: it holds a number with more than {1} digits</translation>
        </message>
        <message>
            <source>the limit is {0}</source>
            <translation>the limit is {0}</translation>
        </message>
        <message>
            <source>the limit is {0}, half of this computer's memory ({1})</source>
            <translation>the limit is {0}, half of this computer's memory ({1})</translation>
        </message>
        <message>
            <source>this network needs about {0} to train with batches of {1}; {2}</source>
            <translation>this network needs about {0} to train with batches of {1}; {2}</translation>
        </message>
        <message>
            <source>{0} values</source>
            <translation>{0} values</translation>
        </message>
        <message>
            <source>{0} must be a whole number &gt;= 1 (got {1})</source>
            <translation>{0} must be a whole number &gt;= 1 (got {1})</translation>
        </message>
        <message>
            <source>{0} must be at most {1} (got {2})</source>
            <translation>{0} must be at most {1} (got {2})</translation>
        </message>
        <message>
            <source>rate must be &gt;= 0 and &lt; 1 (got {0})</source>
            <translation>rate must be &gt;= 0 and &lt; 1 (got {0})</translation>
        </message>
        <message>
            <source>padding must be 'valid' or 'same' (got {0})</source>
            <translation>padding must be 'valid' or 'same' (got {0})</translation>
        </message>
        <message>
            <source>activation must be one of {0} (got {1})</source>
            <translation>activation must be one of {0} (got {1})</translation>
        </message>
        <message>
            <source>output: {0}</source>
            <translation>output: {0}</translation>
        </message>
        <message>
            <source>params: {0}</source>
            <translation>params: {0}</translation>
        </message>
        <message>
            <source>'same' padding p = {0}: {1}</source>
            <translation>'same' padding p = {0}: {1}</translation>
        </message>
        <message>
            <source>{0} on a {1}x{1} input leaves nothing: {2}</source>
            <translation>{0} on a {1}x{1} input leaves nothing: {2}</translation>
        </message>
        <message>
            <source>{0} needs rows and columns, but its input is {1} flat values: put it before Flatten</source>
            <translation>{0} needs rows and columns, but its input is {1} flat values: put it before Flatten</translation>
        </message>
        <message>
            <source>a dense layer between the same input and output would need {0}</source>
            <translation>a dense layer between the same input and output would need {0}</translation>
        </message>
        <message>
            <source>params: 0 (pooling learns nothing)</source>
            <translation>params: 0 (pooling learns nothing)</translation>
        </message>
        <message>
            <source>output: the average of each {0}x{1} map = {2} values</source>
            <translation>output: the average of each {0}x{1} map = {2} values</translation>
        </message>
        <message>
            <source>output: {0} = {1} values in a row</source>
            <translation>output: {0} = {1} values in a row</translation>
        </message>
        <message>
            <source>output: same shape ({0})</source>
            <translation>output: same shape ({0})</translation>
        </message>
        <message>
            <source>during training {0} of the values are zeroed at random</source>
            <translation>during training {0} of the values are zeroed at random</translation>
        </message>
        <message>
            <source>output: same shape</source>
            <translation>output: same shape</translation>
        </message>
        <message>
            <source>{0} ({1} trainable scale and shift, {2} running mean and variance)</source>
            <translation>{0} ({1} trainable scale and shift, {2} running mean and variance)</translation>
        </message>
        <message>
            <source>Dense needs flat input, but gets {0}: add Flatten or GlobalAveragePooling2D before it</source>
            <translation>Dense needs flat input, but gets {0}: add Flatten or GlobalAveragePooling2D before it</translation>
        </message>
        <message>
            <source>output: {0} values</source>
            <translation>output: {0} values</translation>
        </message>
        <message>
            <source>unknown kind {0}</source>
            <translation>unknown kind {0}</translation>
        </message>
        <message>
            <source>cannot be computed: an earlier layer has an error</source>
            <translation>cannot be computed: an earlier layer has an error</translation>
        </message>
        <message>
            <source>layer {0} ({1}): {2}</source>
            <translation>layer {0} ({1}): {2}</translation>
        </message>
        <message>
            <source>the network is empty: add layers, ending with Dense(10, softmax)</source>
            <translation>the network is empty: add layers, ending with Dense(10, softmax)</translation>
        </message>
        <message>
            <source>missing classifier head: the network must end with Dense(10, softmax), one probability per digit</source>
            <translation>missing classifier head: the network must end with Dense(10, softmax), one probability per digit</translation>
        </message>
        <message>
            <source>the network ends with {0}, not 10 probabilities</source>
            <translation>the network ends with {0}, not 10 probabilities</translation>
        </message>
    </context>
</TS>
