# expect: 4:7: error: io.BytesIO is not supported yet
import io

buf = io.BytesIO()
