# expect: 4:7: error: _json._skip_ws() is not supported yet
import _json

print(_json._skip_ws("  x", 0))
