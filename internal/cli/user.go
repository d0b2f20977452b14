package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/career-copilot/copilot/internal/config"
	"github.com/career-copilot/copilot/internal/user"
)

func (e env) user(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return fmt.Errorf("want: user create --email EMAIL [--admin]")
	}
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	email := fs.String("email", "", "account email")
	admin := fs.Bool("admin", false, "give the admin role")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if *email == "" {
		return fmt.Errorf("--email is required")
	}
	pw, ok := e.lookup("COPILOT_PASSWORD")
	if !ok {
		fmt.Fprint(e.stderr, "password: ")
		line, err := bufio.NewReader(e.stdin).ReadString('\n')
		if err != nil && line == "" {
			return fmt.Errorf("read password from stdin: %w", err)
		}
		pw = strings.TrimRight(line, "\r\n")
	}
	c, err := config.Load(e.lookup, nil)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := checkSchema(ctx, c, st, e.stderr); err != nil {
		return err
	}
	svc := user.New(st, user.Config{}, nil)
	a, err := svc.Create(ctx, user.Registration{Email: *email, Password: pw, Admin: *admin})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "created %s (%s) id %s\n", a.Email, a.Role, a.ID)
	return nil
}
