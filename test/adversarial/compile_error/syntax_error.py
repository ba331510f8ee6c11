print("unbalanced"
