import (
	"sort"
	"strconv"
)

type ledgerEvent struct {
	kind   string
	amount int
}

func replayBalances(events [][]string) []string {
	byAccount := map[string]map[int]ledgerEvent{} // first delivery of each (account, seq) wins
	for _, e := range events {
		log, ok := byAccount[e[0]]
		if !ok {
			log = map[int]ledgerEvent{}
			byAccount[e[0]] = log
		}
		seq, _ := strconv.Atoi(e[1])
		if _, seen := log[seq]; !seen {
			amount, _ := strconv.Atoi(e[3])
			log[seq] = ledgerEvent{e[2], amount}
		}
	}
	accounts := make([]string, 0, len(byAccount))
	for a := range byAccount {
		accounts = append(accounts, a)
	}
	sort.Strings(accounts)
	out := make([]string, 0, len(accounts))
	for _, a := range accounts {
		log := byAccount[a]
		seqs := make([]int, 0, len(log))
		for s := range log {
			seqs = append(seqs, s)
		}
		sort.Ints(seqs)
		balance := 0
		for _, s := range seqs {
			e := log[s]
			switch {
			case e.kind == "snapshot": // the snapshot already accounts for every earlier event
				balance = e.amount
			case e.kind == "deposit":
				balance += e.amount
			case e.amount <= balance: // a withdrawal that would overdraw is rejected
				balance -= e.amount
			}
		}
		out = append(out, a+":"+strconv.Itoa(balance))
	}
	return out
}
