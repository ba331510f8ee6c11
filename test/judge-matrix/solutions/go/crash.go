package main

import "fmt"

func main() {
	var m map[string]int
	m["boom"] = 1
	fmt.Println(m)
}
