package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = "The bridge will reopen in May, the mayor said. “It is safe,” she added."

// span is a span of the JSON form.
type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// checkSpans checks that every span object in v, at any depth, has the
// text of input at its offsets.
func checkSpans(t *testing.T, input string, v any) int {
	t.Helper()
	n := 0
	switch v := v.(type) {
	case map[string]any:
		if _, ok := v["start"]; ok {
			start, end := int(v["start"].(float64)), int(v["end"].(float64))
			if start < 0 || start > end || end > len(input) {
				t.Errorf("span [%d,%d) lies outside the input of %d bytes", start, end, len(input))
			} else if v["text"] != input[start:end] {
				t.Errorf("span [%d,%d) has text %q; the input there is %q", start, end, v["text"], input[start:end])
			}
			n++
		}
		for _, x := range v {
			n += checkSpans(t, input, x)
		}
	case []any:
		for _, x := range v {
			n += checkSpans(t, input, x)
		}
	}
	return n
}

func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, false, asJSON, strings.NewReader(sample), &out); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.Bytes())
	}
	for _, k := range []string{"sentences", "sources", "claims"} {
		if _, ok := doc[k].([]any); !ok {
			t.Errorf("no %q list in %s", k, out.Bytes())
		}
	}
	if n := len(doc["claims"].([]any)); n != 2 {
		t.Errorf("%d claims; want 2", n)
	}
	if n := checkSpans(t, sample, doc); n < 8 {
		t.Errorf("%d spans; want at least 8 (2 sentences, and a cue, content and source mention a claim)", n)
	}
}

func TestRunFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(name, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	var fromFile, fromStdin bytes.Buffer
	if err := run([]string{name}, false, asJSON, strings.NewReader("ignored"), &fromFile); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-"}, false, asJSON, strings.NewReader(sample), &fromStdin); err != nil {
		t.Fatal(err)
	}
	if fromFile.String() != fromStdin.String() {
		t.Errorf("FILE and standard input give different output:\n%s\n%s", fromFile.String(), fromStdin.String())
	}
	if err := run([]string{filepath.Join(t.TempDir(), "missing.txt")}, false, asJSON, nil, &fromFile); err == nil {
		t.Error("no error for a missing FILE")
	}
	if err := run([]string{"a", "b"}, false, asJSON, nil, &fromFile); err == nil {
		t.Error("no error for two FILEs")
	}
}

func TestRunJSONL(t *testing.T) {
	texts := []string{sample, "Prices will fall, according to the central bank."}
	in := `{"id": "a1", "text": ` + quote(texts[0]) + "}\n\n" + `{"id": 7, "text": ` + quote(texts[1]) + "}\n"
	var out bytes.Buffer
	if err := run(nil, true, asJSON, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	var ids []any
	for i := 0; sc.Scan(); i++ {
		var doc map[string]any
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, sc.Bytes())
		}
		ids = append(ids, doc["id"])
		if i < len(texts) {
			checkSpans(t, texts[i], doc)
			if claims, _ := doc["claims"].([]any); len(claims) == 0 {
				t.Errorf("line %d: no claims", i+1)
			}
		}
	}
	if len(ids) != 2 || ids[0] != "a1" || ids[1] != "7" {
		t.Errorf("ids %v; want [a1 7], one line each", ids)
	}
}

func TestRunText(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, false, asText, strings.NewReader(sample), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "the mayor") || !strings.Contains(out.String(), "The bridge will reopen in May") {
		t.Errorf("report lacks the source or the claim:\n%s", out.String())
	}
	out.Reset()
	in := `{"id": "x", "text": ` + quote(sample) + "}\n"
	if err := run(nil, true, asText, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), `== "x"`) || !strings.Contains(out.String(), "the mayor") {
		t.Errorf("-jsonl -text report:\n%s", out.String())
	}
}

func TestRunBadJSONL(t *testing.T) {
	in := `{"id": "ok", "text": "Fine."}` + "\n" + `{"id": "bad", "text": ` + "\n"
	var out bytes.Buffer
	err := run(nil, true, asJSON, strings.NewReader(in), &out)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v; want one naming line 2", err)
	}
}

func quote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Ids keep their text: large numbers are not rounded, null stays null.
func TestJSONLIDs(t *testing.T) {
	in := `{"id": 12345678901234567890, "text": "Prices will fall, the minister said."}` + "\n" +
		`{"id": 1000000, "text": "Prices will fall."}` + "\n"
	var out bytes.Buffer
	if err := run(nil, true, asJSON, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for line := range strings.SplitSeq(strings.TrimSpace(out.String()), "\n") {
		var rec struct{ ID string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.ID)
	}
	if len(ids) != 2 || ids[0] != "12345678901234567890" || ids[1] != "1000000" {
		t.Errorf("ids %q; want the numbers' own digits", ids)
	}
}

func TestRunHTML(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, false, asHTML, strings.NewReader(sample), &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, `data-claim="c1"`) ||
		!strings.Contains(page, "The bridge will reopen in May") {
		t.Errorf("-html page lacks its doctype, the claim or the text:\n%.400s", page)
	}
	if err := run(nil, true, asHTML, strings.NewReader(""), &out); err == nil {
		t.Error("-jsonl -html: no error")
	}
}
