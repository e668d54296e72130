import Portal
print("x")
