package claim_test

import (
	"encoding/json"
	"fmt"

	"github.com/hearsay-go/hearsay/claim"
)

func ExampleQuote_String() {
	for _, q := range []claim.Quote{claim.Indirect, claim.Direct, claim.Mixed, claim.QuoteUnknown} {
		fmt.Printf("%q\n", q.String())
	}
	// Output:
	// "indirect"
	// "direct"
	// "mixed"
	// ""
}

func ExamplePolarity_String() {
	fmt.Println(claim.Asserted, claim.Denied)
	// Output:
	// asserted denied
}

func ExampleCueClass_String() {
	for _, c := range []claim.CueClass{claim.Speech, claim.Denial, claim.Attitude, claim.Finding} {
		fmt.Println(c)
	}
	// Output:
	// speech
	// denial
	// attitude
	// document
}

// The enums marshal as words, so the JSON form reads without a key.
func ExampleQuote_MarshalText() {
	b, err := json.Marshal(struct {
		Quote    claim.Quote
		Polarity claim.Polarity
		Class    claim.CueClass
	}{claim.Mixed, claim.Denied, claim.Attitude})
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"Quote":"mixed","Polarity":"denied","Class":"attitude"}
}

func ExamplePolarity_MarshalText() {
	b, _ := json.Marshal(map[string]claim.Polarity{"polarity": claim.Denied})
	fmt.Println(string(b))
	// Output:
	// {"polarity":"denied"}
}

func ExampleCueClass_MarshalText() {
	b, _ := json.Marshal([]claim.CueClass{claim.Speech, claim.Finding})
	fmt.Println(string(b))
	// Output:
	// ["speech","document"]
}
