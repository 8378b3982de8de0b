from rusinfo.cli import main

main()
