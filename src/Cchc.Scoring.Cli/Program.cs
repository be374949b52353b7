using System;
using System.IO;
using System.Text;

namespace Cchc.Scoring.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            // Vietnamese names print correctly whatever the console's code page.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console to configure (output redirected on some platforms): the writers keep their encoding.
        }

        return CliApp.Run(args, Console.Out, Console.Error);
    }
}
