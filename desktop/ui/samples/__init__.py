"""The My samples area: the user's own drawings, kept from the Draw area, and adapting a model to them."""
