import "sync"

type Bank struct {
	mu       sync.Mutex
	balances []int
}

func Constructor(balances []int) Bank {
	return Bank{balances: append([]int(nil), balances...)}
}

func (this *Bank) exists(account int) bool {
	return account >= 1 && account <= len(this.balances)
}

func (this *Bank) Transfer(fromAccount int, toAccount int, amount int) bool {
	this.mu.Lock()
	defer this.mu.Unlock()
	if !this.exists(fromAccount) || !this.exists(toAccount) || this.balances[fromAccount-1] < amount {
		return false
	}
	this.balances[fromAccount-1] -= amount
	this.balances[toAccount-1] += amount
	return true
}

func (this *Bank) Deposit(account int, amount int) bool {
	this.mu.Lock()
	defer this.mu.Unlock()
	if !this.exists(account) {
		return false
	}
	this.balances[account-1] += amount
	return true
}

func (this *Bank) Withdraw(account int, amount int) bool {
	this.mu.Lock()
	defer this.mu.Unlock()
	if !this.exists(account) || this.balances[account-1] < amount {
		return false
	}
	this.balances[account-1] -= amount
	return true
}

func (this *Bank) Balance(account int) int {
	this.mu.Lock()
	defer this.mu.Unlock()
	if !this.exists(account) {
		return -1
	}
	return this.balances[account-1]
}
