namespace Cchc.Scoring.Forms;

/// <summary>
/// The problem codes only spreadsheet forms and CSV submissions have (docs/errors.md, "Forms and CSV submissions").
/// Where a form or a CSV file has the same fault as a JSON file, the reader gives the code of
/// <see cref="ProblemCodes"/> (<c>missing-field</c>, <c>invalid-value</c>, <c>invalid-period</c>, …).
/// </summary>
public static class FormProblemCodes
{
    /// <summary>The file is not a workbook that can be read: a broken zip, a password-protected (encrypted) workbook, an Excel 97–2003 file, a part missing or not well-formed.</summary>
    public const string UnreadableWorkbook = "unreadable-workbook";

    /// <summary>A readable workbook that is not a form written by Cchc.Scoring.Forms (its hidden metadata sheet is missing or changed).</summary>
    public const string NotAForm = "not-a-form";

    /// <summary>A row of a form whose hidden key does not match its indicator (a renamed or pasted row), or metadata whose checksum does not match.</summary>
    public const string FormTampered = "form-tampered";

    /// <summary>A form for another framework, framework version or period than the one it is read for.</summary>
    public const string FormMismatch = "form-mismatch";

    /// <summary>A cell that holds a formula error (<c>#DIV/0!</c>, <c>#VALUE!</c>, <c>#REF!</c>, …) where a figure is read.</summary>
    public const string FormulaError = "formula-error";

    /// <summary>The instant a form was recorded was not entered and was taken from the workbook's modified property (a warning).</summary>
    public const string RecordedAtGuessed = "recorded-at-guessed";

    /// <summary>A CSV file that is not well-formed: not UTF-8, a row with another number of fields than the header, a quote not closed.</summary>
    public const string InvalidCsv = "invalid-csv";
}
