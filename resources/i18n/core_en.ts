<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ModelFiles</name>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>the disk quota is used up</translation>
        </message>
        <message>
            <source>permission denied (the folder is read-only for you)</source>
            <translation>permission denied (the folder is read-only for you)</translation>
        </message>
        <message>
            <source>permission denied (the folder is on a read-only disk)</source>
            <translation>permission denied (the folder is on a read-only disk)</translation>
        </message>
        <message>
            <source>file name too long</source>
            <translation>file name too long</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>'{0}' is not a usable file name</source>
            <translation>'{0}' is not a usable file name</translation>
        </message>
        <message>
            <source>cannot save to {0}: folder {1} does not exist</source>
            <translation>cannot save to {0}: folder {1} does not exist</translation>
        </message>
        <message>
            <source>cannot save to {0}: {1}</source>
            <translation>cannot save to {0}: {1}</translation>
        </message>
        <message>
            <source>cannot save to {0}: {1} is a folder</source>
            <translation>cannot save to {0}: {1} is a folder</translation>
        </message>
        <message>
            <source>it</source>
            <translation>it</translation>
        </message>
        <message>
            <source>cannot save {0}: the model has weights that are {1} (training diverged); train again with a lower learning rate</source>
            <translation>cannot save {0}: the model has weights that are {1} (training diverged); train again with a lower learning rate</translation>
        </message>
        <message>
            <source>the model has no single input and output</source>
            <translation>the model has no single input and output</translation>
        </message>
        <message>
            <source>the model expects input {0}, not 28x28 grey images {1}</source>
            <translation>the model expects input {0}, not 28x28 grey images {1}</translation>
        </message>
        <message>
            <source>the model has output {0}, not 10 digit probabilities</source>
            <translation>the model has output {0}, not 10 digit probabilities</translation>
        </message>
        <message>
            <source>not numbers (NaN)</source>
            <translation>not numbers (NaN)</translation>
        </message>
        <message>
            <source>infinite</source>
            <translation>infinite</translation>
        </message>
        <message>
            <source>{0} has weights that are {1}; it cannot read digits</source>
            <translation>{0} has weights that are {1}; it cannot read digits</translation>
        </message>
        <message>
            <source>{0} is not a usable model file: {1}</source>
            <translation>{0} is not a usable model file: {1}</translation>
        </message>
        <message>
            <source>no model file at {0}</source>
            <translation>no model file at {0}</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
        <message>
            <source>{0} is not a Keras .keras model file</source>
            <translation>{0} is not a Keras .keras model file</translation>
        </message>
        <message>
            <source>cannot read model {0}: {1}</source>
            <translation>cannot read model {0}: {1}</translation>
        </message>
        <message>
            <source>it holds {0} files</source>
            <translation>it holds {0} files</translation>
        </message>
        <message>
            <source>its {0} would unpack to {1}</source>
            <translation>its {0} would unpack to {1}</translation>
        </message>
        <message>
            <source>its {0} would unpack {1} times larger than it is stored</source>
            <translation>its {0} would unpack {1} times larger than it is stored</translation>
        </message>
        <message>
            <source>it would unpack to {0}</source>
            <translation>it would unpack to {0}</translation>
        </message>
    </context>
    <context>
        <name>RegularFiles</name>
        <message>
            <source>a folder</source>
            <translation>a folder</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>a named pipe</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>a device</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>a socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>a special file</translation>
        </message>
    </context>
</TS>
