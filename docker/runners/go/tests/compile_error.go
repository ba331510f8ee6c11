package main

import "fmt"

func main() {
	var x int = "nope"
	fmt.Println(x
}
