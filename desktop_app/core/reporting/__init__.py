"""Words and tables built from figures: the report model, sentences, method text, CLI summary."""
