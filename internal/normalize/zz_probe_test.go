package normalize

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, s := range []string{"Vienna, VA", "Rome, GA", "London, KY", "Dublin, CA", "Athens, GA", "Berlin, NH", "Moscow, ID", "Cambridge, MA", "Manchester, NH", "Birmingham, AL", "Hamburg, NY", "Lisbon, ME", "Warsaw, IN", "Córdoba, AR", "Lima, PE", "London, ON", "Berlin, DE", "Mumbai, IN", "Toronto, CA", "Perth, WA", "Naples, FL", "Florence, AL", "Milan, MI", "Paris, TX", "Sydney, NS", "Melbourne, FL", "Valencia, CA", "Toledo, OH", "Columbia, MD", "Frankfurt, KY", "Delhi, NY","Uusimaa, FI", "Helsinki, Uusimaa, Finland", "HKI"} {
		fmt.Printf("%-28s %+v\n", s, Locations([]string{s}))
	}
}
