# objects: method calls, attribute updates, closures, keyword and default arguments,
# list and dict work, string formatting: the call-heavy side of ordinary scripts.
# Our own program: scripts/bench times it.


class Account:
    def __init__(self, name, balance=0):
        self.name = name
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount, fee=1):
        if amount + fee > self.balance:
            return False
        self.balance -= amount + fee
        self.history.append(-amount)
        return True


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def run(rounds):
    accounts = [Account(f"acct{i}", balance=i * 10) for i in range(50)]
    bump = make_counter(3)
    refused = 0
    for r in range(rounds):
        a = accounts[r % 50]
        a.deposit(r % 97)
        if not a.withdraw(amount=(r * 7) % 131, fee=2):
            refused += 1
        bump()
    by_parity = {}
    for a in accounts:
        key = "even" if a.balance % 2 == 0 else "odd"
        by_parity[key] = by_parity.get(key, 0) + len(a.history)
    richest = max(accounts, key=lambda a: a.balance)
    return refused, bump(), by_parity, f"{richest.name}:{richest.balance}"


print("objects", *run(300000))
