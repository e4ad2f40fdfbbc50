<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DrawArea</name>
        <message>
            <source>Loading the model...</source>
            <translation>Loading the model...</translation>
        </message>
        <message>
            <source>No model: open one with File &gt; Open model (Ctrl+O)</source>
            <translation>No model: open one with File &gt; Open model (Ctrl+O)</translation>
        </message>
        <message>
            <source>Right or wrong? Keep it as: press 0-9, or N for not a digit</source>
            <translation>Right or wrong? Keep it as: press 0-9, or N for not a digit</translation>
        </message>
        <message>
            <source>Images ({0})</source>
            <translation>Images ({0})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>The digit the network thinks you drew</source>
            <translation>The digit the network thinks you drew</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>Draw a digit</translation>
        </message>
        <message>
            <source>What the model sees (28x28):</source>
            <translation>What the model sees (28x28):</translation>
        </message>
        <message>
            <source>Drawing tools</source>
            <translation>Drawing tools</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>Eraser</translation>
        </message>
        <message>
            <source>Erase parts of the drawing</source>
            <translation>Erase parts of the drawing</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Number mode: write several digits in a row and read them as one number (right-click a digit to split or join)</source>
            <translation>Number mode: write several digits in a row and read them as one number (right-click a digit to split or join)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo the last stroke</source>
            <translation>Undo the last stroke</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Redo the stroke undone last</source>
            <translation>Redo the stroke undone last</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Clear the canvas</source>
            <translation>Clear the canvas</translation>
        </message>
        <message>
            <source>Open image...</source>
            <translation>Open image...</translation>
        </message>
        <message>
            <source>Read a digit from a picture ({0})</source>
            <translation>Read a digit from a picture ({0})</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Paste a picture of a digit</source>
            <translation>Paste a picture of a digit</translation>
        </message>
        <message>
            <source>Brush width in screen pixels ([ and ] change it)</source>
            <translation>Brush width in screen pixels ([ and ] change it)</translation>
        </message>
        <message>
            <source>Thinner</source>
            <translation>Thinner</translation>
        </message>
        <message>
            <source>Thinner brush</source>
            <translation>Thinner brush</translation>
        </message>
        <message>
            <source>Thicker</source>
            <translation>Thicker</translation>
        </message>
        <message>
            <source>Thicker brush</source>
            <translation>Thicker brush</translation>
        </message>
        <message>
            <source>Brush</source>
            <translation>Brush</translation>
        </message>
        <message>
            <source>Keep this drawing in My samples as {0}</source>
            <translation>Keep this drawing in My samples as {0}</translation>
        </message>
        <message>
            <source>Not a digit</source>
            <translation>Not a digit</translation>
        </message>
        <message>
            <source>Keep this drawing in My samples as not a digit</source>
            <translation>Keep this drawing in My samples as not a digit</translation>
        </message>
        <message>
            <source>Kept drawings make your own sample set (My samples tab): the model can be adapted to them, and Train can add them to MNIST</source>
            <translation>Kept drawings make your own sample set (My samples tab): the model can be adapted to them, and Train can add them to MNIST</translation>
        </message>
        <message>
            <source>A picture has no pen strokes to keep: draw the digit to keep it</source>
            <translation>A picture has no pen strokes to keep: draw the digit to keep it</translation>
        </message>
        <message>
            <source>Samples are single digits: leave number mode (Ctrl+M) to keep one</source>
            <translation>Samples are single digits: leave number mode (Ctrl+M) to keep one</translation>
        </message>
        <message>
            <source>Draw something first, then press its key to keep it</source>
            <translation>Draw something first, then press its key to keep it</translation>
        </message>
        <message>
            <source>That drawing is kept already</source>
            <translation>That drawing is kept already</translation>
        </message>
        <message>
            <source>Kept as not a digit ({0} in My samples). Draw the next one</source>
            <translation>Kept as not a digit ({0} in My samples). Draw the next one</translation>
        </message>
        <message>
            <source>Kept as {0} ({1} in My samples). Draw the next one</source>
            <translation>Kept as {0} ({1} in My samples). Draw the next one</translation>
        </message>
        <message>
            <source>The number the network reads, digit by digit (? : not a digit)</source>
            <translation>The number the network reads, digit by digit (? : not a digit)</translation>
        </message>
        <message>
            <source>Write a number</source>
            <translation>Write a number</translation>
        </message>
        <message>
            <source>1 digit; least sure {0}. Right-click to split or join.</source>
            <translation>1 digit; least sure {0}. Right-click to split or join.</translation>
        </message>
        <message>
            <source>{0} digits; least sure {1}. Right-click to split or join.</source>
            <translation>{0} digits; least sure {1}. Right-click to split or join.</translation>
        </message>
        <message>
            <source>closest: {0} ({1})</source>
            <translation>closest: {0} ({1})</translation>
        </message>
        <message>
            <source>{0} sure</source>
            <translation>{0} sure</translation>
        </message>
        <message>
            <source>or maybe {0} ({1})</source>
            <translation>or maybe {0} ({1})</translation>
        </message>
        <message>
            <source>Cannot use image</source>
            <translation>Cannot use image</translation>
        </message>
        <message>
            <source>Open image of a digit</source>
            <translation>Open image of a digit</translation>
        </message>
        <message>
            <source>The pasted picture</source>
            <translation>The pasted picture</translation>
        </message>
        <message>
            <source>Nothing to paste</source>
            <translation>Nothing to paste</translation>
        </message>
        <message>
            <source>The clipboard holds no picture.</source>
            <translation>The clipboard holds no picture.</translation>
        </message>
        <message>
            <source>The dropped picture</source>
            <translation>The dropped picture</translation>
        </message>
    </context>
    <context>
        <name>DrawingCanvas</name>
        <message>
            <source>Draw a digit with the left mouse button or a pen</source>
            <translation>Draw a digit with the left mouse button or a pen</translation>
        </message>
        <message>
            <source>Draw a digit here</source>
            <translation>Draw a digit here</translation>
        </message>
    </context>
    <context>
        <name>NumberMode</name>
        <message>
            <source>Split the digits here</source>
            <translation>Split the digits here</translation>
        </message>
        <message>
            <source>Read the ink left and right of this point as two digits</source>
            <translation>Read the ink left and right of this point as two digits</translation>
        </message>
        <message>
            <source>Join with the digit before</source>
            <translation>Join with the digit before</translation>
        </message>
        <message>
            <source>Join with the digit after</source>
            <translation>Join with the digit after</translation>
        </message>
        <message>
            <source>Undo my splits and joins</source>
            <translation>Undo my splits and joins</translation>
        </message>
    </context>
    <context>
        <name>images</name>
        <message>
            <source>{0} is not a picture this app can read ({1})</source>
            <translation>{0} is not a picture this app can read ({1})</translation>
        </message>
        <message>
            <source>the limit is {0} megapixels</source>
            <translation>the limit is {0} megapixels</translation>
        </message>
        <message>
            <source>{0} is {1}x{2} pixels; {3}</source>
            <translation>{0} is {1}x{2} pixels; {3}</translation>
        </message>
        <message>
            <source>{0} has too many pixels; {1}</source>
            <translation>{0} has too many pixels; {1}</translation>
        </message>
        <message>
            <source>{0} looks blank: no digit found</source>
            <translation>{0} looks blank: no digit found</translation>
        </message>
        <message>
            <source>{0} is a folder, not a picture</source>
            <translation>{0} is a folder, not a picture</translation>
        </message>
        <message>
            <source>{0} is not a picture file (it is {1})</source>
            <translation>{0} is not a picture file (it is {1})</translation>
        </message>
        <message>
            <source>{0} cannot be found</source>
            <translation>{0} cannot be found</translation>
        </message>
        <message>
            <source>{0} cannot be opened: permission denied</source>
            <translation>{0} cannot be opened: permission denied</translation>
        </message>
        <message>
            <source>{0} cannot be opened: {1}</source>
            <translation>{0} cannot be opened: {1}</translation>
        </message>
        <message>
            <source>{0} is damaged or incomplete: {1}</source>
            <translation>{0} is damaged or incomplete: {1}</translation>
        </message>
        <message>
            <source>{0} is too large to decode in the memory available</source>
            <translation>{0} is too large to decode in the memory available</translation>
        </message>
        <message>
            <source>{0} is damaged or incomplete: the file is empty</source>
            <translation>{0} is damaged or incomplete: the file is empty</translation>
        </message>
        <message>
            <source>{0} is damaged or incomplete: it starts like a {1} file but its header cannot be read</source>
            <translation>{0} is damaged or incomplete: it starts like a {1} file but its header cannot be read</translation>
        </message>
    </context>
    <context>
        <name>pictures</name>
        <message>
            <source>{0} is in a format ({1}) this app does not read; use {2}</source>
            <translation>{0} is in a format ({1}) this app does not read; use {2}</translation>
        </message>
        <message>
            <source>{0} is in a format this app does not read; use {1}</source>
            <translation>{0} is in a format this app does not read; use {1}</translation>
        </message>
    </context>
</TS>
