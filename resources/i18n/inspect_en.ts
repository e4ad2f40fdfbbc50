<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FeatureMapGrid</name>
        <message>
            <source>channel</source>
            <translation>channel</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>filter</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>digit</source>
            <translation>digit</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>{what} {index} of {count} ({h}x{w}): values {low} to {high}</source>
            <translation>{what} {index} of {count} ({h}x{w}): values {low} to {high}</translation>
        </message>
        <message>
            <source>No maps for this layer</source>
            <translation>No maps for this layer</translation>
        </message>
    </context>
    <context>
        <name>InspectArea</name>
        <message>
            <source>Draw a digit on the canvas (Draw tab, Alt+D) to see inside the network.</source>
            <translation>Draw a digit on the canvas (Draw tab, Alt+D) to see inside the network.</translation>
        </message>
        <message>
            <source>Show saliency</source>
            <translation>Show saliency</translation>
        </message>
        <message>
            <source>Colour the pixels that drove the current prediction (gradient saliency); it appears when you pause drawing</source>
            <translation>Colour the pixels that drove the current prediction (gradient saliency); it appears when you pause drawing</translation>
        </message>
        <message>
            <source>The first conv layer's kernels: blue negative, red positive weights</source>
            <translation>The first conv layer's kernels: blue negative, red positive weights</translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <translation>Layer (type)</translation>
        </message>
        <message>
            <source>Output Shape</source>
            <translation>Output Shape</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Param #</translation>
        </message>
        <message>
            <source>Receptive field</source>
            <translation>Receptive field</translation>
        </message>
        <message>
            <source>How much of the 28x28 input one unit of the layer sees, and how far apart neighbouring units' windows are (jump): r_out = r_in + (k - 1)*j_in, j_out = j_in*s</source>
            <translation>How much of the 28x28 input one unit of the layer sees, and how far apart neighbouring units' windows are (jump): r_out = r_in + (k - 1)*j_in, j_out = j_in*s</translation>
        </message>
        <message>
            <source>Select a layer to see its formulas and what it makes of your digit</source>
            <translation>Select a layer to see its formulas and what it makes of your digit</translation>
        </message>
        <message>
            <source>Click a cell to see how its value was made</source>
            <translation>Click a cell to see how its value was made</translation>
        </message>
        <message>
            <source>The layer's input: the window the explained unit looks at is outlined (a max pool's chosen value in red)</source>
            <translation>The layer's input: the window the explained unit looks at is outlined (a max pool's chosen value in red)</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Animate</source>
            <translation>Animate</translation>
        </message>
        <message>
            <source>Slide the window over the input cell by cell, filling this map and explaining each value as it is made</source>
            <translation>Slide the window over the input cell by cell, filling this map and explaining each value as it is made</translation>
        </message>
        <message>
            <source> cells/s</source>
            <translation> cells/s</translation>
        </message>
        <message>
            <source>How fast the window moves</source>
            <translation>How fast the window moves</translation>
        </message>
        <message>
            <source>Recomputed from the weights and your drawing; equals the network's own value. Click a channel's line to see its window on the input.</source>
            <translation>Recomputed from the weights and your drawing; equals the network's own value. Click a channel's line to see its window on the input.</translation>
        </message>
        <message>
            <source>Shared colour scale</source>
            <translation>Shared colour scale</translation>
        </message>
        <message>
            <source>Colour all maps on one range (compare channels) instead of each on its own</source>
            <translation>Colour all maps on one range (compare channels) instead of each on its own</translation>
        </message>
        <message>
            <source>One tile per channel; hover for its values, click to enlarge</source>
            <translation>One tile per channel; hover for its values, click to enlarge</translation>
        </message>
        <message>
            <source>Click a tile to enlarge it beside the layer's input, then click a cell to see how its value was made.</source>
            <translation>Click a tile to enlarge it beside the layer's input, then click a cell to see how its value was made.</translation>
        </message>
        <message>
            <source>Draw here: every layer below follows your digit.</source>
            <translation>Draw here: every layer below follows your digit.</translation>
        </message>
        <message>
            <source>Total params: {0}   Trainable: {1}   Non-trainable: {2}</source>
            <translation>Total params: {0}   Trainable: {1}   Non-trainable: {2}</translation>
        </message>
        <message>
            <source>This model has no conv layer, so there are no filters to show.</source>
            <translation>This model has no conv layer, so there are no filters to show.</translation>
        </message>
        <message>
            <source>Filters of {0}: {1} kernels of {2}x{2}</source>
            <translation>Filters of {0}: {1} kernels of {2}x{2}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}): input {input}, output {output}, {params} parameters</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}): input {input}, output {output}, {params} parameters</translation>
        </message>
        <message>
            <source>receptive field: {0}</source>
            <translation>receptive field: {0}</translation>
        </message>
        <message>
            <source>The feature maps cannot be computed for this model: {0}</source>
            <translation>The feature maps cannot be computed for this model: {0}</translation>
        </message>
        <message>
            <source>Prediction: {0} ({1})</source>
            <translation>Prediction: {0} ({1})</translation>
        </message>
        <message>
            <source> (draw a digit to see them)</source>
            <translation> (draw a digit to see them)</translation>
        </message>
        <message>
            <source>{0}: {1} feature maps of {2}x{3}</source>
            <translation>{0}: {1} feature maps of {2}x{3}</translation>
        </message>
        <message>
            <source>the probability of each digit 0-9</source>
            <translation>the probability of each digit 0-9</translation>
        </message>
        <message>
            <source>{0} activations</source>
            <translation>{0} activations</translation>
        </message>
        <message>
            <source> (draw a digit)</source>
            <translation> (draw a digit)</translation>
        </message>
        <message>
            <source> (preparing the inspector: tracing the network...)</source>
            <translation> (preparing the inspector: tracing the network...)</translation>
        </message>
        <message>
            <source>Output: {0}, {1} {2}</source>
            <translation>Output: {0}, {1} {2}</translation>
        </message>
        <message>
            <source>{0} (click a cell to explain it; click the tile again to close)</source>
            <translation>{0} (click a cell to explain it; click the tile again to close)</translation>
        </message>
        <message>
            <source>{0} ({1}) does no arithmetic of its own on one value: it passes its input through at inference.</source>
            <translation>{0} ({1}) does no arithmetic of its own on one value: it passes its input through at inference.</translation>
        </message>
        <message>
            <source>{0} ({1}) does no arithmetic of its own on one value: it rearranges or rescales it.</source>
            <translation>{0} ({1}) does no arithmetic of its own on one value: it rearranges or rescales it.</translation>
        </message>
        <message>
            <source>No explanation for this unit: {0}</source>
            <translation>No explanation for this unit: {0}</translation>
        </message>
        <message>
            <source>the 28x28 image</source>
            <translation>the 28x28 image</translation>
        </message>
        <message>
            <source>{0}, channel {1} of {2}</source>
            <translation>{0}, channel {1} of {2}</translation>
        </message>
        <message>
            <source> (largest partial sum; click a channel's line for another)</source>
            <translation> (largest partial sum; click a channel's line for another)</translation>
        </message>
        <message>
            <source> (click a channel's line for another)</source>
            <translation> (click a channel's line for another)</translation>
        </message>
        <message>
            <source>Input: {source}; window rows {top}..{bottom}, columns {left}..{right}</source>
            <translation>Input: {source}; window rows {top}..{bottom}, columns {left}..{right}</translation>
        </message>
    </context>
    <context>
        <name>SaliencyView</name>
        <message>
            <source>The 28x28 input the network sees. Red: ink that pushed the prediction up; blue: ink that pushed it down (SmoothGrad x input)</source>
            <translation>The 28x28 input the network sees. Red: ink that pushed the prediction up; blue: ink that pushed it down (SmoothGrad x input)</translation>
        </message>
    </context>
    <context>
        <name>explain</name>
        <message>
            <source>no explanation for the activation {0}</source>
            <translation>no explanation for the activation {0}</translation>
        </message>
        <message>
            <source>filter {0} is not one of the layer's {1}</source>
            <translation>filter {0} is not one of the layer's {1}</translation>
        </message>
        <message>
            <source>no explanation for 'same' pooling</source>
            <translation>no explanation for 'same' pooling</translation>
        </message>
        <message>
            <source>filter {0} does not see input channel {1}</source>
            <translation>filter {0} does not see input channel {1}</translation>
        </message>
        <message>
            <source>unit {0} is not one of the layer's {1}</source>
            <translation>unit {0} is not one of the layer's {1}</translation>
        </message>
        <message>
            <source>whole image</source>
            <translation>whole image</translation>
        </message>
        <message>
            <source>{0}x{0}, jump {1}</source>
            <translation>{0}x{0}, jump {1}</translation>
        </message>
        <message>
            <source>every unit sees the whole 28x28 image</source>
            <translation>every unit sees the whole 28x28 image</translation>
        </message>
        <message>
            <source>r = {0}, j = {1} (as the layer before)</source>
            <translation>r = {0}, j = {1} (as the layer before)</translation>
        </message>
        <message>
            <source>a {fh}x{fw} window on rows {top}..{bottom}, columns {left}..{right} of its input</source>
            <translation>a {fh}x{fw} window on rows {top}..{bottom}, columns {left}..{right} of its input</translation>
        </message>
        <message>
            <source>{name}, filter {filter}, cell (row {row}, column {col}):</source>
            <translation>{name}, filter {filter}, cell (row {row}, column {col}):</translation>
        </message>
        <message>
            <source>input patch:</source>
            <translation>input patch:</translation>
        </message>
        <message>
            <source>kernel:</source>
            <translation>kernel:</translation>
        </message>
        <message>
            <source>patch x kernel, element by element:</source>
            <translation>patch x kernel, element by element:</translation>
        </message>
        <message>
            <source>sum of the {0} products = {1}</source>
            <translation>sum of the {0} products = {1}</translation>
        </message>
        <message>
            <source>{0} input channels, each a {1}x{2} patch x kernel summed;</source>
            <translation>{0} input channels, each a {1}x{2} patch x kernel summed;</translation>
        </message>
        <message>
            <source>partial sums, largest first (expand one for its products):</source>
            <translation>partial sums, largest first (expand one for its products):</translation>
        </message>
        <message>
            <source>products:</source>
            <translation>products:</translation>
        </message>
        <message>
            <source>sum = {0}</source>
            <translation>sum = {0}</translation>
        </message>
        <message>
            <source>  channel {0}: {1}</source>
            <translation>  channel {0}: {1}</translation>
        </message>
        <message>
            <source>total = {0}</source>
            <translation>total = {0}</translation>
        </message>
        <message>
            <source>+ bias {0} = {1}</source>
            <translation>+ bias {0} = {1}</translation>
        </message>
        <message>
            <source>{name}, channel {channel}, cell (row {row}, column {col}):</source>
            <translation>{name}, channel {channel}, cell (row {row}, column {col}):</translation>
        </message>
        <message>
            <source>the largest, at row {0}, column {1} of the window: {2}</source>
            <translation>the largest, at row {0}, column {1} of the window: {2}</translation>
        </message>
        <message>
            <source>the mean of the {0} values: {1}</source>
            <translation>the mean of the {0} values: {1}</translation>
        </message>
        <message>
            <source>{name}, unit {unit}: the sum of w*x over its {count} inputs;</source>
            <translation>{name}, unit {unit}: the sum of w*x over its {count} inputs;</translation>
        </message>
        <message>
            <source>the largest contributions first:</source>
            <translation>the largest contributions first:</translation>
        </message>
        <message>
            <source>  input {0}: {1} x {2} = {3}</source>
            <translation>  input {0}: {1} x {2} = {3}</translation>
        </message>
        <message>
            <source>  the other {0} inputs: {1}</source>
            <translation>  the other {0} inputs: {1}</translation>
        </message>
        <message>
            <source>sum {0} + bias {1} = {2}</source>
            <translation>sum {0} + bias {1} = {2}</translation>
        </message>
        <message>
            <source>softmax over all {0} logits ({1}):</source>
            <translation>softmax over all {0} logits ({1}):</translation>
        </message>
        <message>
            <source>  exp({0}) / sum of exp(logits) = {1}</source>
            <translation>  exp({0}) / sum of exp(logits) = {1}</translation>
        </message>
    </context>
    <context>
        <name>summary</name>
        <message>
            <source>params: {0} (no bias: the batch normalisation after it adds the shift)</source>
            <translation>params: {0} (no bias: the batch normalisation after it adds the shift)</translation>
        </message>
        <message>
            <source>params: {formula} ({groups} groups: each filter sees only its group's {part} of the {channels} channels)</source>
            <translation>params: {formula} ({groups} groups: each filter sees only its group's {part} of the {channels} channels)</translation>
        </message>
        <message>
            <source>no bias</source>
            <translation>no bias</translation>
        </message>
        <message>
            <source>no bias, fixed: each digit's probability plus a tenth of the 'not a digit' output</source>
            <translation>no bias, fixed: each digit's probability plus a tenth of the 'not a digit' output</translation>
        </message>
        <message>
            <source>no bias, fixed</source>
            <translation>no bias, fixed</translation>
        </message>
        <message>
            <source>output: {units}; params: {formula} ({what})</source>
            <translation>output: {units}; params: {formula} ({what})</translation>
        </message>
        <message>
            <source>the image itself, {0}; params: 0</source>
            <translation>the image itself, {0}; params: 0</translation>
        </message>
        <message>
            <source>output: {0}; params: 0</source>
            <translation>output: {0}; params: 0</translation>
        </message>
        <message>
            <source>output: same shape as the input; params: 0</source>
            <translation>output: same shape as the input; params: 0</translation>
        </message>
        <message>
            <source>params: {0}</source>
            <translation>params: {0}</translation>
        </message>
    </context>
</TS>
