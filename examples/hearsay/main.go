// Command hearsay prints the attributed claims of a news text as JSON.
//
// Usage:
//
//	hearsay [FILE]          one text (FILE, or standard input) → one JSON document
//	hearsay -jsonl [FILE]   {"id","text"} lines → one document a line, each with its "id"
//	hearsay -text [FILE]    a readable report instead of JSON
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
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: hearsay [-jsonl | -text] [FILE]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), *jsonl, *report, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hearsay:", err)
		os.Exit(1)
	}
}

func run(args []string, jsonl, report bool, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	if len(args) > 1 {
		return errors.New("at most one FILE")
	}
	if len(args) == 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	w := bufio.NewWriter(stdout)
	if jsonl {
		if err := batch(in, w, report); err != nil {
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
	if report {
		if err := doc.WriteReport(w); err != nil {
			return err
		}
		return w.Flush()
	}
	out, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	w.Write(out)
	w.WriteByte('\n')
	return w.Flush() // the writer keeps the first write error and reports it here
}

func batch(in io.Reader, w *bufio.Writer, report bool) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), attribution.DefaultMaxBytes*2)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct {
			ID   json.RawMessage `json:"id"`
			Text string          `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		doc, err := attribution.Extract(rec.Text)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if report {
			fmt.Fprintf(w, "== %s\n", rec.ID)
			if err := doc.WriteReport(w); err != nil {
				return err
			}
			continue
		}
		// A string id keeps its text; any other id (a number) its JSON.
		var id string
		if err := json.Unmarshal(rec.ID, &id); err != nil {
			id = string(rec.ID)
		}
		out, err := doc.MarshalJSONWithID(id)
		if err != nil {
			return err
		}
		w.Write(out)
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return sc.Err()
}
