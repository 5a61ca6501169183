"""Types: the type model (`model.py`) and whole-program inference (`infer.py`)."""
