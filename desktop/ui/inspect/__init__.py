"""The Inspect area: the model's layers, feature maps, filters, saliency, one number explained."""
