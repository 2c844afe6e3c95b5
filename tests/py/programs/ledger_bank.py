"""Bank and inventory simulation: classes, properties, exceptions, context managers."""
from contextlib import contextmanager, suppress
import functools


class BankError(Exception):
    """Base class for all bank failures."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {fmt(amount)}; "
                         f"balance is {fmt(account.balance)}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class OutOfStock(LookupError):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item

    def __str__(self):
        item, wanted, have = self.args
        return f"{item}: wanted {wanted}, only {have} left"


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"


@functools.total_ordering
class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.number = Account._next_id

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, int):
            raise TypeError(f"balance must be int cents, not {type(value).__name__}")
        self._balance = value

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def month_end(self):
        interest = int(self.balance * self.interest_rate / 12)
        if interest:
            self.balance += interest
            self.history.append(("int", interest))
        return interest

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.number)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {fmt(self.balance)})"


class Savings(Account):
    interest_rate = 0.03
    max_withdrawals = 2

    def withdraw(self, amount):
        count = sum(1 for kind, _ in self.history if kind == "wd")
        if count >= self.max_withdrawals:
            raise BankError(f"savings withdrawal limit ({self.max_withdrawals}) reached")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self


class Transaction:
    """Context manager: restores every touched balance if the block fails."""

    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  commit")
            return False
        for acct, bal, n in self.saved:
            acct._balance = bal
            del acct.history[n:]
        print(f"  rollback after {exc_type.__name__}: {exc}")
        return issubclass(exc_type, BankError)


def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


@contextmanager
def frozen(account):
    account.frozen = True
    try:
        yield account
    finally:
        account.frozen = False


class Inventory:
    def __init__(self):
        self._stock = {}
        self._prices = {}

    def add(self, item, qty, price):
        self._stock[item] = self._stock.get(item, 0) + qty
        self._prices[item] = price

    def remove(self, item, qty):
        have = self._stock.get(item, 0)
        if have < qty:
            raise OutOfStock(item, qty, have)
        self._stock[item] = have - qty
        return qty * self._prices[item]

    def __len__(self):
        return sum(1 for q in self._stock.values() if q)

    def __contains__(self, item):
        return self._stock.get(item, 0) > 0

    def __iter__(self):
        return iter(sorted(self._stock.items()))

    @property
    def value(self):
        return sum(q * self._prices[i] for i, q in self._stock.items())


def main():
    alice = Savings("alice", 150_000)
    bob = Checking("bob", 20_000, overdraft=5_000)
    carol = Account("carol")
    print(alice, bob, carol, sep=" | ")
    print("numbers:", alice.number, bob.number, carol.number)

    print("transfer 100.00 bob->carol")
    transfer(bob, carol, 10_000)
    print("transfer 200.00 bob->carol (fails)")
    transfer(bob, carol, 20_000)
    print(" ", bob, carol)
    print("transfer 120.00 bob->carol (overdraft)")
    transfer(bob, carol, 12_000)
    print(" ", bob, carol, bob.history)

    for amt in (1_000, 2_000, 3_000):
        try:
            alice.withdraw(amt)
        except BankError as exc:
            print("alice:", type(exc).__name__, exc)
    print("interest:", fmt(alice.month_end()), alice)

    with frozen(carol) as acct:
        try:
            acct.deposit(5)
        except AccountFrozen as exc:
            print("frozen:", exc, isinstance(exc, BankError))
    print("thawed:", carol.deposit(5).balance)

    try:
        carol.balance = 1.5
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        carol.deposit(-1)
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        carol.withdraw(10**9)
    except InsufficientFunds as exc:
        print("Insufficient:", exc.args[0], "| amount", fmt(exc.amount))

    accounts = [alice, bob, carol]
    print("sorted:", sorted(accounts))
    print("max:", max(accounts).owner, "carol >= bob:", carol >= bob,
          "eq:", carol == Account("x", carol.balance), carol == 5)
    print("set size:", len({alice, bob, carol, alice}))

    try:
        with Transaction(alice):
            alice.deposit(100)
            raise KeyError("oops")
    except KeyError as exc:
        print("propagated:", repr(exc), alice.history[-1])

    inv = Inventory()
    for item, qty, price in [("widget", 10, 250), ("gadget", 3, 1999), ("doohickey", 0, 5)]:
        inv.add(item, qty, price)
    print("\ninventory:", list(inv), "len", len(inv), "value", fmt(inv.value))
    print("contains:", "widget" in inv, "doohickey" in inv)
    sales = 0
    for item, qty in [("widget", 4), ("gadget", 5), ("sprocket", 1), ("gadget", 3)]:
        try:
            sales += inv.remove(item, qty)
        except OutOfStock as exc:
            print("out of stock:", exc, "| is LookupError:", isinstance(exc, LookupError))
        else:
            print(f"sold {qty} {item}")
        finally:
            print(f"  running sales {fmt(sales)}")
    with suppress(OutOfStock):
        inv.remove("widget", 100)
        print("not reached")
    print("after:", list(inv), len(inv), fmt(inv.value))

    try:
        try:
            inv.remove("nothing", 1)
        except OutOfStock as exc:
            raise BankError("cannot bill") from exc
    except BankError as exc:
        print("chained:", exc, "<-", type(exc.__cause__).__name__, exc.__cause__)
    print("mro:", [c.__name__ for c in InsufficientFunds.__mro__])


if __name__ == "__main__":
    main()
