using System;
using NodaTime;

namespace Cchc.Scoring.Dossiers;

/// <summary>How a dossier's processing ended, or that it has not ended.</summary>
public enum EndStatus
{
    /// <summary>Still being processed: no end time.</summary>
    InProgress,

    /// <summary>Resolved: the result was issued.</summary>
    Finished,

    /// <summary>The result was returned to the applicant.</summary>
    Returned,

    /// <summary>Processing was stopped or the dossier refused.</summary>
    Stopped,

    /// <summary>The applicant withdrew the dossier.</summary>
    Withdrawn,
}

/// <summary>How a dossier was received.</summary>
public enum Channel
{
    /// <summary>At the one-stop desk.</summary>
    InPerson,

    /// <summary>Through the online public service portal.</summary>
    Online,

    /// <summary>By public postal service.</summary>
    Post,
}

/// <summary>The level at which the procedure is offered online (Decree 42/2022).</summary>
public enum OnlineServiceLevel
{
    /// <summary>Not offered online.</summary>
    None,

    /// <summary>Partly online ("một phần").</summary>
    Partial,

    /// <summary>Fully online ("toàn trình").</summary>
    Full,
}

/// <summary>What the applicant answered when asked about the service, if asked.</summary>
public enum Feedback
{
    /// <summary>No answer.</summary>
    None,

    /// <summary>Satisfied.</summary>
    Satisfied,

    /// <summary>Neither satisfied nor dissatisfied.</summary>
    Neutral,

    /// <summary>Dissatisfied.</summary>
    Dissatisfied,
}

/// <summary>
/// One procedure dossier (hồ sơ) as a one-stop system records it. Times are local civil times of the receiving
/// office (Vietnam has one time zone, UTC+7, and no daylight saving), so they are compared as they are.
/// </summary>
public sealed class Dossier
{
    /// <summary>Creates a dossier record. Consistency (end after reception, end time with an end status) is checked when the record is accumulated, so that bad data is reported, not thrown.</summary>
    /// <param name="id">The dossier's identifier.</param>
    /// <param name="procedure">The procedure's code.</param>
    /// <param name="unitId">The unit that handles it.</param>
    /// <param name="receivedAt">When it was received.</param>
    /// <param name="dueAt">When the result is due.</param>
    /// <param name="endedAt">When processing ended (finished, returned, stopped or withdrawn), or null while in progress.</param>
    /// <param name="status">How processing ended.</param>
    /// <param name="channel">How it was received.</param>
    /// <param name="onlineLevel">The procedure's online service level.</param>
    /// <param name="electronicResult">True when the result was issued electronically.</param>
    /// <param name="digitised">True when the dossier (and its result) was digitised.</param>
    /// <param name="paidOnline">True when the fee was paid online, false when paid otherwise, null when there is no fee.</param>
    /// <param name="supplementRequests">How many times the applicant was asked to supplement the dossier.</param>
    /// <param name="supplementWaitMinutes">Minutes spent waiting for the applicant's supplements (not counted as processing time).</param>
    /// <param name="feedback">The applicant's feedback.</param>
    /// <param name="waitingMinutes">Minutes the applicant waited at the desk, or null when not recorded.</param>
    /// <param name="secret">True for a dossier under state secrecy: it is left out of the rates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="procedure"/> or <paramref name="unitId"/> is null.</exception>
    public Dossier(
        string id,
        string procedure,
        string unitId,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime? endedAt,
        EndStatus status,
        Channel channel,
        OnlineServiceLevel onlineLevel = OnlineServiceLevel.None,
        bool electronicResult = false,
        bool digitised = false,
        bool? paidOnline = null,
        int supplementRequests = 0,
        int supplementWaitMinutes = 0,
        Feedback feedback = Feedback.None,
        int? waitingMinutes = null,
        bool secret = false)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(unitId);
        Id = id;
        Procedure = procedure;
        UnitId = unitId;
        ReceivedAt = receivedAt;
        DueAt = dueAt;
        EndedAt = endedAt;
        Status = status;
        Channel = channel;
        OnlineLevel = onlineLevel;
        ElectronicResult = electronicResult;
        Digitised = digitised;
        PaidOnline = paidOnline;
        SupplementRequests = supplementRequests;
        SupplementWaitMinutes = supplementWaitMinutes;
        Feedback = feedback;
        WaitingMinutes = waitingMinutes;
        Secret = secret;
    }

    /// <summary>The dossier's identifier.</summary>
    public string Id { get; }

    /// <summary>The procedure's code.</summary>
    public string Procedure { get; }

    /// <summary>The unit that handles the dossier.</summary>
    public string UnitId { get; }

    /// <summary>When the dossier was received.</summary>
    public LocalDateTime ReceivedAt { get; }

    /// <summary>When the result is due.</summary>
    public LocalDateTime DueAt { get; }

    /// <summary>When processing ended, or null while in progress.</summary>
    public LocalDateTime? EndedAt { get; }

    /// <summary>How processing ended.</summary>
    public EndStatus Status { get; }

    /// <summary>How the dossier was received.</summary>
    public Channel Channel { get; }

    /// <summary>The procedure's online service level.</summary>
    public OnlineServiceLevel OnlineLevel { get; }

    /// <summary>True when the result was issued electronically.</summary>
    public bool ElectronicResult { get; }

    /// <summary>True when the dossier was digitised.</summary>
    public bool Digitised { get; }

    /// <summary>True when paid online, false when paid otherwise, null when there is no fee.</summary>
    public bool? PaidOnline { get; }

    /// <summary>How many times the applicant was asked to supplement the dossier.</summary>
    public int SupplementRequests { get; }

    /// <summary>Minutes spent waiting for supplements.</summary>
    public int SupplementWaitMinutes { get; }

    /// <summary>The applicant's feedback.</summary>
    public Feedback Feedback { get; }

    /// <summary>Minutes the applicant waited at the desk, or null.</summary>
    public int? WaitingMinutes { get; }

    /// <summary>True for a dossier under state secrecy.</summary>
    public bool Secret { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " " + UnitId + " " + Procedure + " " + Status.ToString();
}
