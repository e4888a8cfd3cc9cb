# args: --timeout 20
# expect: 'c'
print(repr("abc"[::-2**63]))
