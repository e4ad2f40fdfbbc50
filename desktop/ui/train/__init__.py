"""The Train area's parts (the area itself is still ``desktop.ui.train_area``; its parts move here)."""
