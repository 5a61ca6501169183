# fuzz seed 5000: internal, reduced from 203 lines (tests/fuzz)
# internal: AttributeError: 'OptT' object has no attribute 'elem'
def main():
    lno9 = [None, []]
main()
