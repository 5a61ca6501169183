"""IR: typed functions of basic blocks (`ops.py`), lowering from the typed AST (`build.py`), the printer
behind `pyzc emit-ir` (`pprint.py`) and the checker run after every pass in the tests (`check.py`)."""
