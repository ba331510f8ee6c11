def main(:
    print("never")
