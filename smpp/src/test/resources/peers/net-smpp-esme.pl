#!/usr/bin/perl
# An ESME written with Net::SMPP (Debian: libnet-smpp-perl), for NetSmppPeerTest: binds to the firewall as a
# transceiver, submits a verification code (UCS-2, receipt requested), a phishing message and a message to a
# number that is not one, and waits for the receipt. Prints one line per result for the test to read.
use strict;
use utf8;
use warnings;
use Encode qw(encode);
use Net::SMPP;

$| = 1;

my ($port, $system_id, $password) = @ARGV;
my ($smpp, $bind) = Net::SMPP->new_transceiver('127.0.0.1', port => $port, system_id => $system_id,
    password => $password, smpp_version => 0x34, interface_version => 0x34)
    or die "cannot bind: $!";
print "bind $bind->{status}\n";

sub submit {
    my ($name, $to, $text, $receipt) = @_;
    my $resp = $smpp->submit_sm(source_addr_ton => 0, source_addr_npi => 0, source_addr => '1069012301',
        dest_addr_ton => 1, dest_addr_npi => 1, destination_addr => $to, data_coding => 8,
        registered_delivery => $receipt, short_message => encode('UTF-16BE', $text));
    my $id = defined $resp->{message_id} ? $resp->{message_id} : '';
    $id =~ s/\0//g;
    printf "%s %d %s\n", $name, $resp->{status}, $id;
}

submit('code', '+8613900001111', "【某银行】您的验证码是 482913，5分钟内有效。", 1);
submit('fraud', '+8613900002222', "FRAUD 您的账户存在异常，请立即登录验证", 0);
submit('baddest', '123', "hello", 0);

# the receipt: the simulator sends it about a second later
local $SIG{ALRM} = sub { print "receipt timeout\n"; exit 0 };
alarm 15;
while (my $pdu = $smpp->read_pdu()) {
    if ($pdu->{cmd} == Net::SMPP::CMD_deliver_sm) {
        $smpp->deliver_sm_resp(seq => $pdu->{seq}, message_id => '');
        if ($pdu->{short_message} =~ /id:(\S+)/) {
            print "receipt $1\n";
            last;
        }
    } elsif ($pdu->{cmd} == Net::SMPP::CMD_enquire_link) {
        $smpp->enquire_link_resp(seq => $pdu->{seq});
    }
}
alarm 0;
$smpp->unbind();
