# name: json offsets, lines and columns agree with the input on CRLF, tabs, wrapped text and lists
# setup: printf 'Title line\r\n\r\n\tThe committee met on Tuesday to discuss the harbour plan, which has been\r\nunder review since the spring. Members asked for a survey.\r\n\r\n- one item\r\n- two \xe2\x80\x9citems\xe2\x80\x9d may\r\n\r\n\r\nEnd' > stdin
# args: -f json
# check: json_check stdin stdout
