// Command hearsay prints the attributed claims of a news text as JSON.
//
// Usage:
//
//	hearsay [FILE]          one text (FILE, or standard input) → one JSON document
//	hearsay -jsonl [FILE]   {"id","text"} lines → one document a line, each with its "id"
//	hearsay -text [FILE]    a readable report instead of JSON
//	hearsay -html [FILE]    one self-contained HTML page: the text with its claims marked,
//	                        the sources and the conflicts (report.html#conflict-1 opens on one)
//	hearsay -pairs [FILE]   {"id","a","b"} lines → {"id","score","contradicts","reasons"} lines:
//	                        how strongly text b contradicts text a
//
// The JSON form is documented in the repository's README.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hearsay-go/hearsay/attribution"
)

func main() {
	jsonl := flag.Bool("jsonl", false, `read {"id","text"} lines, write one document a line`)
	report := flag.Bool("text", false, "write a readable report instead of JSON")
	page := flag.Bool("html", false, "write one self-contained HTML page instead of JSON")
	pairs := flag.Bool("pairs", false, `read {"id","a","b"} lines, write how strongly b contradicts a`)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: hearsay [-jsonl] [-text | -html] [FILE] | hearsay -pairs [FILE]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	var err error
	if *pairs {
		err = runPairs(flag.Args(), os.Stdin, os.Stdout)
	} else {
		form := asJSON
		switch {
		case *report && *page:
			err = errors.New("-text and -html: choose one")
		case *report:
			form = asText
		case *page:
			form = asHTML
		}
		if err == nil {
			err = run(flag.Args(), *jsonl, form, os.Stdin, os.Stdout)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hearsay:", err)
		os.Exit(1)
	}
}

// open returns the input args name: a FILE, or stdin for none or "-".
func open(args []string, stdin io.Reader) (io.Reader, func(), error) {
	if len(args) > 1 {
		return nil, nil, errors.New("at most one FILE")
	}
	if len(args) == 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return nil, nil, err
		}
		return f, func() { f.Close() }, nil
	}
	return stdin, func() {}, nil
}

// A format is what the command writes of each document.
type format int

const (
	asJSON format = iota
	asText        // Document.WriteReport
	asHTML        // Document.WriteHTML
)

func run(args []string, jsonl bool, form format, stdin io.Reader, stdout io.Writer) error {
	if jsonl && form == asHTML {
		return errors.New("-html writes one page of one text, not -jsonl lines")
	}
	in, done, err := open(args, stdin)
	if err != nil {
		return err
	}
	defer done()
	w := bufio.NewWriter(stdout)
	if jsonl {
		if err := batch(in, w, form == asText); err != nil {
			return err
		}
		return w.Flush()
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	doc, err := attribution.Extract(string(b))
	if err != nil {
		return err
	}
	switch form {
	case asText:
		if err := doc.WriteReport(w); err != nil {
			return err
		}
		return w.Flush()
	case asHTML:
		if err := doc.WriteHTML(w); err != nil {
			return err
		}
		return w.Flush()
	}
	if err := doc.WriteJSON(w, attribution.JSONOptions{Indent: " "}); err != nil {
		return err
	}
	w.WriteByte('\n')
	return w.Flush() // the writer keeps the first write error and reports it here
}

func batch(in io.Reader, w *bufio.Writer, report bool) error {
	type record struct {
		ID   json.RawMessage `json:"id"`
		Text string          `json:"text"`
	}
	return eachLine(in, func(rec *record) error {
		doc, err := attribution.Extract(rec.Text)
		if err != nil {
			return err
		}
		if report {
			fmt.Fprintf(w, "== %s\n", rec.ID)
			return doc.WriteReport(w)
		}
		// A string id keeps its text; any other id (a number) its JSON.
		var id string
		if err := json.Unmarshal(rec.ID, &id); err != nil {
			id = string(rec.ID)
		}
		if err := doc.WriteJSON(w, attribution.JSONOptions{ID: id}); err != nil {
			return err
		}
		return w.WriteByte('\n')
	})
}

// eachLine reads JSON lines from in, one record of type T each, and calls
// fn with each in turn; blank lines are skipped. An error names the line.
func eachLine[T any](in io.Reader, fn func(*T) error) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), attribution.DefaultMaxBytes*2)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec T
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if err := fn(&rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}
