namespace Cchc.Scoring.Tests.Serialization;

/// <summary>Canonical files: reading one and writing it again gives the same text.</summary>
internal static class Fixtures
{
    public const string Framework = """
        {
          "id": "example-framework",
          "version": "1.0.0",
          "name": {
            "vi": "Bộ chỉ số ví dụ",
            "en": "Example framework"
          },
          "plan": {
            "start": "2021-01-01",
            "end": "2025-12-31"
          },
          "calendar": "administrative",
          "rounding": {
            "digits": 2,
            "mode": "truncate",
            "level": "area"
          },
          "totalPoints": 42.50,
          "bands": [
            {
              "code": "A",
              "name": {
                "vi": "Nhóm A",
                "en": "Group A"
              },
              "min": 90
            },
            {
              "code": "B",
              "name": {
                "vi": "Nhóm B",
                "en": "Group B"
              },
              "min": 0
            }
          ],
          "areas": [
            {
              "code": "A3",
              "name": {
                "vi": "Cải cách thủ tục hành chính",
                "en": "Procedure reform"
              },
              "indicators": [
                {
                  "code": "T02",
                  "name": {
                    "vi": "Tỷ lệ TTHC được giải quyết trực tuyến",
                    "en": "Procedures resolved online"
                  },
                  "measure": "ratio",
                  "unit": "%",
                  "target": {
                    "comparison": ">=",
                    "value": 90.0,
                    "due": "2025-12-31"
                  },
                  "rule": {
                    "kind": "proportional"
                  },
                  "points": 12.50
                },
                {
                  "code": "T07",
                  "name": {
                    "vi": "Thời gian chờ đợi tối đa",
                    "en": "Waiting time per transaction"
                  },
                  "measure": "duration",
                  "unit": "minutes",
                  "target": {
                    "comparison": "<=",
                    "value": 15,
                    "due": "2025-12-31"
                  },
                  "rule": {
                    "kind": "goalposts",
                    "floor": 60
                  },
                  "points": 10
                },
                {
                  "code": "T08",
                  "name": {
                    "vi": "Thời gian tiếp nhận xử lý hồ sơ",
                    "en": "Dossier processing time"
                  },
                  "measure": "duration",
                  "unit": "minutes",
                  "target": {
                    "comparison": "<=",
                    "value": 30,
                    "baseline": {
                      "value": 75
                    },
                    "change": "absoluteReduction"
                  },
                  "rule": {
                    "kind": "steps",
                    "steps": [
                      {
                        "at": 90,
                        "points": 2
                      },
                      {
                        "at": 45,
                        "points": 5
                      }
                    ]
                  },
                  "points": 5
                }
              ]
            },
            {
              "code": "A4",
              "name": {
                "vi": "Cải cách tổ chức bộ máy",
                "en": "Organisational reform"
              },
              "indicators": [
                {
                  "code": "T10",
                  "name": {
                    "vi": "Giảm số đơn vị sự nghiệp công lập",
                    "en": "Public service units"
                  },
                  "measure": "quantity",
                  "unit": "units",
                  "target": {
                    "comparison": "<=",
                    "value": 10,
                    "due": "2025-12-31",
                    "baseline": {
                      "period": "2021"
                    },
                    "change": "relativeReduction"
                  },
                  "rule": {
                    "kind": "goalposts",
                    "floor": "baseline"
                  },
                  "points": 10
                },
                {
                  "code": "T16",
                  "name": {
                    "vi": "Vận hành trên môi trường mạng",
                    "en": "Apparatus runs on the network"
                  },
                  "measure": "yesNo",
                  "unit": "",
                  "target": {
                    "comparison": "=",
                    "value": 1
                  },
                  "rule": {
                    "kind": "yesNo"
                  },
                  "points": 5
                },
                {
                  "code": "T15",
                  "name": {
                    "vi": "Đơn vị tự chủ tài chính",
                    "en": "Self-reliant units"
                  },
                  "measure": "percentage",
                  "unit": "%",
                  "target": {
                    "comparison": ">",
                    "value": 20
                  },
                  "rule": {
                    "kind": "tracked"
                  },
                  "points": 0
                }
              ]
            }
          ]
        }

        """;

    public const string Submissions = """
        {
          "framework": "example-framework",
          "units": [
            {
              "id": "SO",
              "name": {
                "vi": "Sở Giao thông vận tải",
                "en": "Department of Transport"
              },
              "kind": "department"
            },
            {
              "id": "VP",
              "name": {
                "vi": "Văn phòng Sở",
                "en": "Department office"
              },
              "kind": "office",
              "parent": "SO"
            }
          ],
          "submissions": [
            {
              "unit": "SO",
              "period": "2021",
              "indicator": "T10",
              "recordedAt": "2022-01-10T02:00:00Z",
              "value": 10
            },
            {
              "unit": "SO",
              "period": "2025",
              "indicator": "T10",
              "recordedAt": "2026-01-10T02:00:00.5Z",
              "value": 9.0
            },
            {
              "unit": "VP",
              "period": "2025",
              "indicator": "T02",
              "recordedAt": "2026-01-10T02:00:00Z",
              "numerator": 875,
              "denominator": 1005,
              "excluded": 5
            },
            {
              "unit": "VP",
              "period": "2025",
              "indicator": "T02",
              "recordedAt": "2026-01-20T02:00:00Z",
              "numerator": 905,
              "denominator": 1005,
              "excluded": 5,
              "note": "đính chính sau kiểm tra",
              "evidence": "CV-123/VP"
            },
            {
              "unit": "VP",
              "period": "2025-01-01..2025-03-31",
              "indicator": "T07",
              "recordedAt": "2025-09-20T02:00:00Z",
              "value": 18.5
            },
            {
              "unit": "VP",
              "period": "2025-Q3",
              "indicator": "T07",
              "recordedAt": "2025-09-20T02:00:00Z",
              "value": 12.50
            },
            {
              "unit": "VP",
              "period": "2025",
              "indicator": "T10",
              "recordedAt": "2026-01-10T02:00:00Z",
              "applicable": false
            },
            {
              "unit": "VP",
              "period": "2025",
              "indicator": "T16",
              "recordedAt": "2026-01-10T02:00:00Z",
              "answer": true
            }
          ]
        }

        """;
}
