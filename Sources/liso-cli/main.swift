import Foundation
import LISOCommandLine

exit(await LISOCommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
