namespace AwsFacts
{
    /// <summary>What kind of figure a fact states: how far code may rely on it.</summary>
    public enum FactKind
    {
        /// <summary>A name, spelling, format or fixed figure AWS defines (a port, a suffix, a list of names).</summary>
        Value = 0,

        /// <summary>A hard limit: AWS rejects values beyond it, and it cannot be raised.</summary>
        HardLimit = 1,

        /// <summary>A default quota: the value a new account gets, which can be raised through Service Quotas.</summary>
        DefaultQuota = 2,

        /// <summary>A default setting: what AWS uses when you set nothing.</summary>
        DefaultSetting = 3,

        /// <summary>A typical value AWS reports (a usual latency or failover time); not a guaranteed bound.</summary>
        Typical = 4,
    }
}
