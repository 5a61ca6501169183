"""IR -> IR passes, one per module, run in the order listed in driver.py (PASSES)."""
