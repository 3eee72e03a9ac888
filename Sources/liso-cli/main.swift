import Foundation
import LISOCommandLine

exit(LISOCommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
