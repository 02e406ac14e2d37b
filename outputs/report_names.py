"""The Chinese names a report gives to change kinds, fields and roles (one table, used by every report)."""

CHANGE_NAMES = {
    "modified": "修改",
    "moved": "移动",
    "renumbered": "编号变更",
    "added": "新增",
    "removed": "删除",
    "unchanged": "未变",
}
FIELD_NAMES = {"money": "金额", "ratio": "比例", "target": "目标"}
ROLE_NAMES = {
    "subsidy": "补助/奖励",
    "subsidy_rate": "补助比例",
    "threshold": "门槛",
    "penalty": "罚款",
    "target": "目标",
    "basis": "计算基数",
    "other": "其他",
}
VALUE_CHANGE_NAMES = {"changed": "变更", "added": "新增", "removed": "删除"}
