"""IR: typed functions of basic blocks (`ops.py`), lowering from the typed AST (`build.py`), and a printer (`printer.py`)."""
