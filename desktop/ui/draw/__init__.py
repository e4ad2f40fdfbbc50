"""The Draw area: the canvas, its live reading, pictures dropped or pasted."""
