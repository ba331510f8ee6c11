package main

import "fmt"

func main() {
	x := 1
}
