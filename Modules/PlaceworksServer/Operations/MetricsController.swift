import Hummingbird
import PlaceworksApplication
import Prometheus

/// `GET /metrics`: the Prometheus text format — request counts and latency histograms by route
/// and status (Hummingbird's metrics middleware, through the metrics system the executable
/// bootstraps), the snapshot's data version and how long ago this instance last saw it move.
struct MetricsController: Sendable {
    let engine: Engine
    let registry: PrometheusCollectorRegistry
    let watch = SnapshotWatch()

    func register(on router: Router<ServerContext>) {
        let version = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "placeworks", metricName: "data", unitName: "version",
            helpText: "The audit head's sequence number in this instance's snapshot."))
        let age = registry.makeGauge(descriptor: MetricNameDescriptor(
            namespace: "placeworks", metricName: "snapshot_age", unitName: "seconds",
            helpText: "Seconds since this instance's snapshot last moved to a newer data version."))
        router.get("metrics") { _, _ in
            let snapshot = try await engine.snapshot()
            version.set(Double(snapshot.dataVersion))
            age.set(watch.age(of: snapshot.dataVersion))
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}

/// When the data version last changed, as this instance saw it.
final class SnapshotWatch: Sendable {
    private let state = Locked<(version: Int64, since: ContinuousClock.Instant)>((-1, .now))

    func age(of version: Int64) -> Double {
        state.withLock { state in
            if state.version != version { state = (version, .now) }
            let elapsed = ContinuousClock.now - state.since
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
    }
}
