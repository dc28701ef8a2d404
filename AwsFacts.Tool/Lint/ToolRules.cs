namespace AwsFacts.Tool.Lint
{
    /// <summary>The tool's own rule ids, for findings no fact stands behind.</summary>
    internal static class ToolRules
    {
        /// <summary>The file is not valid YAML or JSON.</summary>
        public const string ParseError = "awsfacts.parse-error";

        /// <summary>The tool failed on the file; the finding says how, and the other files are still checked.</summary>
        public const string InternalError = "awsfacts.internal-error";
    }
}
