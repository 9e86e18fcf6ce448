package attribution

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// Word classes, as bits, from words.txt.
const (
	wAux uint16 = 1 << iota
	wBe
	wDet
	wPron
	wStop
	wSub
	wTime
	wAdj
	wHearer
	wNotCue
	wCount
	wLabel
)

var classBits = map[string]uint16{
	"aux": wAux, "be": wBe, "det": wDet, "pron": wPron, "stop": wStop, "sub": wSub,
	"time": wTime, "adj": wAdj, "hearer": wHearer, "notcue": wNotCue, "count": wCount, "label": wLabel,
}

//go:embed words.txt
var wordsFile string

// wordClasses maps a folded word to its class bits. Built once, read-only.
var wordClasses = sync.OnceValue(func() map[string]uint16 {
	m := make(map[string]uint16, 512)
	sc := bufio.NewScanner(strings.NewReader(wordsFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		bit, known := classBits[strings.TrimSpace(name)]
		if !ok || !known {
			continue // classes for other packages' use
		}
		for _, w := range strings.Fields(words) {
			m[strings.ReplaceAll(w, "_", " ")] |= bit
		}
	}
	return m
})
