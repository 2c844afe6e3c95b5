# Ordinary script: a bank-account simulation with classes and exceptions.
class BankError(Exception):
    def __init__(self, account, msg):
        super().__init__(f"[{account}] {msg}")
        self.account = account
class InsufficientFunds(BankError):
    def __init__(self, account, needed, available):
        super().__init__(account, f"needs {needed:.2f}, has {available:.2f}")
        self.shortfall = needed - available
class AccountFrozen(BankError): pass
class UnknownAccount(BankError, KeyError): pass
class Transaction:
    _next_id = 1
    def __init__(self, kind, amount, note=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind, self.amount, self.note = kind, amount, note
    def __repr__(self):
        return f"Tx#{self.id}({self.kind}, {self.amount:.2f}{', ' + self.note if self.note else ''})"
class Account:
    interest_rate = 0.0
    def __init__(self, owner, number, balance=0.0):
        self.owner, self.number = owner, number
        self._balance = balance
        self.history = []
        self.frozen = False
    @property
    def balance(self): return round(self._balance, 2)
    def _check(self):
        if self.frozen: raise AccountFrozen(self.number, "account is frozen")
    def deposit(self, amount, note=""):
        self._check()
        if amount <= 0: raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(Transaction("dep", amount, note))
        return self
    def withdraw(self, amount, note=""):
        self._check()
        if amount > self._balance + self.overdraft():
            raise InsufficientFunds(self.number, amount, self._balance)
        self._balance -= amount
        self.history.append(Transaction("wd", amount, note))
        return self
    def overdraft(self): return 0
    def month_end(self):
        interest = self._balance * self.interest_rate / 12
        if interest:
            self._balance += interest
            self.history.append(Transaction("int", interest))
    def __str__(self):
        return f"{type(self).__name__}({self.owner}, #{self.number}, {self.balance:,.2f})"
    def __lt__(self, other): return self.balance < other.balance
class Savings(Account):
    interest_rate = 0.03
class Checking(Account):
    def __init__(self, *a, limit=100, **k):
        super().__init__(*a, **k)
        self.limit = limit
    def overdraft(self): return self.limit
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, cls, owner, **kw):
        number = f"{len(self.accounts) + 1:04d}"
        acct = cls(owner, number, **kw)
        self.accounts[number] = acct
        return acct
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number, "no such account") from None
    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount, f"to {dst}")
        try:
            b.deposit(amount, f"from {src}")
        except BankError:
            a.deposit(amount, "refund")
            raise
    def total(self): return sum(a.balance for a in self.accounts.values())
bank = Bank("Krait Savings & Loan")
alice = bank.open(Savings, "alice", balance=1000)
bob = bank.open(Checking, "bob", balance=50, limit=200)
carol = bank.open(Checking, "carol")
alice.deposit(250.5, "salary").withdraw(100)
bob.withdraw(200, "rent")
print(alice, bob, carol, sep="\n")
ops = [
    ("transfer", "0001", "0003", 300),
    ("transfer", "0002", "0003", 100),
    ("transfer", "0003", "0009", 5),
    ("deposit", "0001", -5),
    ("freeze", "0003"),
    ("transfer", "0001", "0003", 10),
    ("withdraw", "0003", 1),
]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "deposit":
            bank.get(op[1]).deposit(op[2])
        elif op[0] == "withdraw":
            bank.get(op[1]).withdraw(op[2])
        elif op[0] == "freeze":
            bank.get(op[1]).frozen = True
        print("ok  ", op)
    except InsufficientFunds as e:
        print("FAIL", op, e, f"short by {e.shortfall:.2f}")
    except AccountFrozen as e:
        print("FROZ", op, e, isinstance(e, BankError))
    except KeyError as e:
        print("KEY ", op, type(e).__name__, e.account, e.args)
    except ValueError as e:
        print("VAL ", op, e)
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
for acct in sorted(bank.accounts.values()):
    print(f"{acct.owner:<6}{acct.balance:>12,.2f}  {len(acct.history)} tx")
for acct in bank.accounts.values():
    print(acct.number, acct.history)
print("total", f"{bank.total():.2f}")
print([c.__name__ for c in UnknownAccount.__mro__])
try:
    bank.get("0042")
except BankError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
by_type = {}
for a in bank.accounts.values():
    by_type.setdefault(type(a).__name__, []).append(a.owner)
print(by_type)
