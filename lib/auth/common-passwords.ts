// The passwords (of 8 characters or more, the shortest sign-up accepts) found most often in
// leaked-password lists, plus the usual keyboard walks, digit runs and season+year patterns.
// Refused at sign-up whatever their letter case; a guessing attacker tries these first.
const list = `
12345678 123456789 1234567890 password password1 password12 password123 password1234 passw0rd p@ssw0rd
p@ssword qwertyuiop qwerty123 qwerty1234 qwertyui 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx 1qazxsw2 zaq12wsx
zaq1zaq1 qazwsxedc 11111111 00000000 12341234 87654321 123123123 11223344 12344321 123456789a 987654321
88888888 66666666 99999999 55555555 22222222 abcd1234 abc12345 abcdefgh iloveyou iloveyou1 sunshine princess
football football1 baseball baseball1 basketball superman welcome1 welcome123 trustno1 starwars whatever
michelle jennifer computer internet corvette mercedes maverick midnight passport changeme letmein1 letmein123
admin123 administrator master123 monkey123 dragon123 shadow123 charlie1 liverpool chelsea1 arsenal1 manchester
butterfly chocolate elephant pokemon1 minecraft fuckyou1 asdfghjk asdfghjkl asdf1234 zxcvbnm1 zxcvbnm123
q1w2e3r4 q1w2e3r4t5 a1b2c3d4 test1234 testtest secret123 freedom1 nothing1 pakistan samsung1 iloveyou2
lovely123 babygirl1 jordan23 michael1 jessica1 ashley123 daniel123 matthew1 anthony1 whatever1 123qweasd
qweasdzxc qwe123456 1234qwer qwer1234 aa123456 a12345678 asd123456 zxc123456 123456aa 123456qq google123
facebook linkedin1 123abc123 abc123456 654321abc iloveu123 love1234 loveyou1 myspace1 hello123 hellohello
summer2024 winter2024 spring2024 autumn2024 summer2025 winter2025 summer2026 winter2026 password2024
password2025 password2026 correcthorsebatterystaple letmeinnow onlyme123 mustang1 harley123 rangers1 hunter123
jordan123 thunder1 soccer123 hockey123 killer123 batman123 spiderman ironman1 blink182 metallica slipknot
qwertz123 azerty123 123456abc 12qwaszx 1234abcd
`;

const COMMON_PASSWORDS = new Set(list.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
